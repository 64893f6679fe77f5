package org.causette.localbroker;

import org.causette.local.LocalProcess;

import java.nio.file.Path;
import java.util.Map;

/**
 * Command line of the local broker. The port falls back to {@code CAUSETTE_BROKER_PORT}, then 61616.
 */
record BrokerOptions(int port, Path dataDir, Path pidFile, Path logFile, boolean exitWithParent) implements LocalProcess.Options {

    static final int DEFAULT_PORT = 61616;
    static final String PORT_VARIABLE = "CAUSETTE_BROKER_PORT";

    static final String USAGE = """
            usage: java -jar causette-broker.jar [options]
              --port N            TCP port on 127.0.0.1 (default $CAUSETTE_BROKER_PORT or 61616)
              --data-dir DIR      journal, bindings, paging and large messages (default .causette/broker)
              --pid-file FILE     write this process id to FILE
              --log-file FILE     append stdout and stderr to FILE
              --exit-with-parent  stop when the parent process ends
            """;

    static BrokerOptions parse(String[] args, Map<String, String> env) {
        int port = env.containsKey(PORT_VARIABLE) ? LocalProcess.port(env.get(PORT_VARIABLE)) : DEFAULT_PORT;
        Path dataDir = Path.of(".causette", "broker");
        Path pidFile = null;
        Path logFile = null;
        boolean exitWithParent = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--port" -> port = LocalProcess.port(LocalProcess.value(args, ++i));
                case "--data-dir" -> dataDir = Path.of(LocalProcess.value(args, ++i));
                case "--pid-file" -> pidFile = Path.of(LocalProcess.value(args, ++i));
                case "--log-file" -> logFile = Path.of(LocalProcess.value(args, ++i));
                case "--exit-with-parent" -> exitWithParent = true;
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        return new BrokerOptions(port, dataDir.toAbsolutePath(), pidFile, logFile, exitWithParent);
    }
}
