package org.causette.localstore;

import org.causette.local.LocalProcess;
import java.nio.file.Files;
import java.nio.file.Path;

import de.bwaldvogel.mongo.MongoBackend;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;

/**
 * Causette's local MongoDB-wire store: mongo-java-server on the loopback interface with the H2 file
 * backend ({@code <data-dir>/store.bson.mv}) or the memory backend.
 * {@code java -jar causette-store.jar --port 27017 --data-dir DIR}, or {@link #start} in-process.
 */
public final class LocalStore implements AutoCloseable, LocalProcess.Service {


    static final String STORE_FILE = "store.bson.mv";
    /** The file of the format before typed maps: converted once when found. */
    static final String LEGACY_STORE_FILE = "store.mv";

    private final MongoServer server;
    private final MongoBackend backend;
    private final String uri;

    private LocalStore(MongoServer server, MongoBackend backend, String uri) {
        this.server = server;
        this.backend = backend;
        this.uri = uri;
    }

    /** Starts a store on {@code 127.0.0.1:port} keeping its data in {@code dataDir/store.bson.mv}. */
    public static LocalStore startFile(Path dataDir, int port) throws Exception {
        Files.createDirectories(dataDir);
        StoreMaps.convert(dataDir.resolve(LEGACY_STORE_FILE), dataDir.resolve(STORE_FILE));
        return start(new IdLookupH2Backend(dataDir.resolve(STORE_FILE).toString()), port);
    }

    /** Starts a store on {@code 127.0.0.1:port} that keeps nothing once stopped. */
    public static LocalStore startInMemory(int port) {
        return start(new MemoryBackend(), port);
    }

    private static LocalStore start(MongoBackend backend, int port) {
        var server = new MongoServer(backend);
        try {
            server.bind("127.0.0.1", port);
        } catch (RuntimeException e) {
            backend.close();
            throw new IllegalStateException("store did not start listening on 127.0.0.1:" + port + " (port in use?)", e);
        }
        var uri = "mongodb://127.0.0.1:" + server.getLocalAddress().getPort();
        return new LocalStore(server, backend, uri);
    }

    public String uri() {
        return uri;
    }

    /** Closes the connections and the backend; the H2 file is flushed and closed. */
    @Override
    public void close() {
        try {
            server.shutdownNow();
        } finally {
            backend.close();
        }
    }

    /** Runs in a shutdown hook, where java.util.logging is already being torn down: plain output only. */
    @Override
    public String address() {
        return uri();
    }

    @Override
    public void stopOnShutdown() {
        try {
            close();
            System.out.println("store stopped");
        } catch (RuntimeException e) {
            System.err.println("store did not stop cleanly: " + e);
        }
    }

    public static void main(String[] args) throws Exception {
        // Netty checks every byte written to a buffer; the store encodes every document on a changed page at each commit
        System.setProperty("io.netty.buffer.checkAccessible", "false");
        System.setProperty("io.netty.buffer.checkBounds", "false");
        var options = LocalProcess.options(args, StoreOptions.USAGE, a -> StoreOptions.parse(a, System.getenv()));
        if (options != null) {
            LocalProcess.serve("store", options, Logging::configure, () -> options.memory() ? startInMemory(options.port()) : startFile(options.dataDir(), options.port()));
        }
    }
}
