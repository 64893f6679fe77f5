package org.causette.localstore;

import org.causette.local.LocalProcess;

import java.nio.file.Path;
import java.util.Map;

/**
 * Command line of the local store. The port falls back to {@code CAUSETTE_STORE_PORT}, then 27017.
 */
record StoreOptions(int port, Path dataDir, boolean memory, Path pidFile, Path logFile, boolean exitWithParent) implements LocalProcess.Options {

    static final int DEFAULT_PORT = 27017;
    static final String PORT_VARIABLE = "CAUSETTE_STORE_PORT";

    static final String USAGE = """
            usage: java -jar causette-store.jar [options]
              --port N            TCP port on 127.0.0.1 (default $CAUSETTE_STORE_PORT or 27017)
              --data-dir DIR      holds store.bson.mv, the H2 file (default .causette/store)
              --memory            keep everything in memory (nothing survives a stop)
              --pid-file FILE     write this process id to FILE
              --log-file FILE     append stdout and stderr to FILE
              --exit-with-parent  stop when the parent process ends
            """;

    static StoreOptions parse(String[] args, Map<String, String> env) {
        int port = env.containsKey(PORT_VARIABLE) ? LocalProcess.port(env.get(PORT_VARIABLE)) : DEFAULT_PORT;
        Path dataDir = Path.of(".causette", "store");
        boolean memory = false;
        Path pidFile = null;
        Path logFile = null;
        boolean exitWithParent = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = LocalProcess.port(LocalProcess.value(args, ++i));
                case "--data-dir" -> dataDir = Path.of(LocalProcess.value(args, ++i));
                case "--memory" -> memory = true;
                case "--pid-file" -> pidFile = Path.of(LocalProcess.value(args, ++i));
                case "--log-file" -> logFile = Path.of(LocalProcess.value(args, ++i));
                case "--exit-with-parent" -> exitWithParent = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new StoreOptions(port, dataDir.toAbsolutePath(), memory, pidFile, logFile, exitWithParent);
    }
}
