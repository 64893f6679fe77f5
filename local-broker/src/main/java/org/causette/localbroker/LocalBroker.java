package org.causette.localbroker;

import org.causette.local.LocalProcess;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * Causette's local Artemis broker: persistent, loopback only, no security.
 * {@code java -jar causette-broker.jar --port 61616 --data-dir DIR}, or {@link #start} in-process.
 */
public final class LocalBroker implements AutoCloseable, LocalProcess.Service {


    private final EmbeddedActiveMQ embedded;
    private final String url;

    private LocalBroker(EmbeddedActiveMQ embedded, String url) {
        this.embedded = embedded;
        this.url = url;
    }

    /** Starts a broker on {@code tcp://127.0.0.1:port} keeping its journal under {@code dataDir}. */
    public static LocalBroker start(Path dataDir, int port) throws Exception {
        Logging.silenceAudit();
        Files.createDirectories(dataDir);
        var embedded = new EmbeddedActiveMQ().setConfiguration(BrokerConfiguration.create(dataDir, port));
        embedded.start();
        var url = "tcp://127.0.0.1:" + port;
        var server = embedded.getActiveMQServer();
        var acceptor = server.getRemotingService().getAcceptor(BrokerConfiguration.ACCEPTOR);
        if (!server.isActive() || acceptor == null || !acceptor.isStarted()) {
            embedded.stop();
            throw new IllegalStateException("broker did not start listening on " + url + " (port in use?)");
        }
        return new LocalBroker(embedded, url);
    }

    public String url() {
        return url;
    }

    @Override
    public void close() {
        try {
            embedded.stop();
        } catch (Exception e) {
            throw new IllegalStateException("broker did not stop cleanly", e);
        }
    }

    /** Runs in a shutdown hook, where java.util.logging is already being torn down: plain output only. */
    @Override
    public String address() {
        return url();
    }

    @Override
    public void stopOnShutdown() {
        try {
            close();
            System.out.println("broker stopped");
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() + ": " + e.getCause());
        }
    }

    public static void main(String[] args) throws Exception {
        var options = LocalProcess.options(args, BrokerOptions.USAGE, a -> BrokerOptions.parse(a, System.getenv()));
        if (options != null) {
            LocalProcess.serve("broker", options, Logging::configure, () -> start(options.dataDir(), options.port()));
        }
    }
}
