package org.causette.localbroker;

import org.causette.local.ProcessControl;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;

import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;

/**
 * Causette's local Artemis broker: persistent, loopback only, no security.
 * {@code java -jar causette-broker.jar --port 61616 --data-dir DIR}, or {@link #start} in-process.
 */
public final class LocalBroker implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(LocalBroker.class.getName());

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
    private void stopOnShutdown() {
        try {
            close();
            System.out.println("broker stopped");
        } catch (RuntimeException e) {
            System.err.println(e.getMessage() + ": " + e.getCause());
        }
    }

    public static void main(String[] args) throws Exception {
        BrokerOptions options;
        try {
            if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
                System.out.print(BrokerOptions.USAGE);
                return;
            }
            options = BrokerOptions.parse(args, System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(BrokerOptions.USAGE);
            System.exit(2);
            return;
        }
        if (options.logFile() != null) {
            ProcessControl.redirectOutputTo(options.logFile());
        }
        Logging.configure();
        if (options.pidFile() != null) {
            ProcessControl.writePidFile(options.pidFile());
        }
        LocalBroker broker;
        try {
            broker = start(options.dataDir(), options.port());
        } catch (Exception e) {
            LOG.log(Level.ERROR, "broker failed to start", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(broker::stopOnShutdown, "broker-shutdown"));
        if (options.exitWithParent()) {
            ProcessControl.exitWithParent();
        }
        System.out.println("broker ready on " + broker.url());
        new CountDownLatch(1).await();
    }
}
