package org.causette.local;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;

/** The life of a local infrastructure process (broker, store): options, log and pid files, start, wait, stop. */
public final class LocalProcess {

    /** The options every local process understands. */
    public interface Options {
        Path logFile();

        Path pidFile();

        boolean exitWithParent();
    }

    /** What runs: where to reach it, and how to stop it when the JVM ends. */
    public interface Service {
        String address();

        void stopOnShutdown();
    }

    /** Logging set-up, run once the output is redirected. */
    public interface Setup {
        void run() throws Exception;
    }

    private LocalProcess() {
    }

    /** @return the options, or null after printing the usage for --help; exits with 2 on bad options */
    public static <O extends Options> O options(String[] args, String usage, Function<String[], O> parse) {
        if (args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"))) {
            System.out.print(usage);
            return null;
        }
        try {
            return parse.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(usage);
            System.exit(2);
            return null;
        }
    }

    /** The value after the option at {@code i - 1}. */
    public static String value(String[] args, int i) {
        if (i >= args.length) {
            throw new IllegalArgumentException(args[i - 1] + " needs a value");
        }
        return args[i];
    }

    public static int port(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + text);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a port: " + text);
        }
    }

    /** Starts the service, prints "{@code name} ready on <address>" and runs until the JVM is asked to stop. */
    public static void serve(String name, Options options, Setup configureLogging,
                             Callable<? extends Service> start) throws Exception {
        if (options.logFile() != null) {
            ProcessControl.redirectOutputTo(options.logFile());
        }
        configureLogging.run();
        if (options.pidFile() != null) {
            ProcessControl.writePidFile(options.pidFile());
        }
        Service service;
        try {
            service = start.call();
        } catch (Exception e) {
            System.getLogger(LocalProcess.class.getName()).log(System.Logger.Level.ERROR, name + " failed to start", e);
            System.exit(1);
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(service::stopOnShutdown, name + "-shutdown"));
        if (options.exitWithParent()) {
            ProcessControl.exitWithParent();
        }
        System.out.println(name + " ready on " + service.address());
        new CountDownLatch(1).await();
    }
}
