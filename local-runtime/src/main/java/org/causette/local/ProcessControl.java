package org.causette.local;

import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * What a process started by the launcher or by a Maven build needs: a log file, a pid file and,
 * optionally, to end with the process that started it.
 */
public final class ProcessControl {

    private ProcessControl() {
    }

    /** Appends stdout and stderr to {@code logFile}; call before any logging is set up. */
    public static void redirectOutputTo(Path logFile) throws IOException {
        createParent(logFile);
        var out = new PrintStream(new FileOutputStream(logFile.toFile(), true), true, StandardCharsets.UTF_8);
        System.setOut(out);
        System.setErr(out);
    }

    /** Writes this process id to {@code pidFile} and removes the file again when the JVM ends. */
    public static void writePidFile(Path pidFile) throws IOException {
        createParent(pidFile);
        String pid = Long.toString(ProcessHandle.current().pid());
        Path temporary = pidFile.resolveSibling(pidFile.getFileName() + ".tmp");
        Files.writeString(temporary, pid + "\n");
        Files.move(temporary, pidFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> removePidFile(pidFile, pid), "pid-file-cleanup"));
    }

    /** Exits (running the shutdown hooks) as soon as the parent process ends. */
    public static void exitWithParent() {
        ProcessHandle.current().parent().ifPresentOrElse(
                parent -> parent.onExit().thenRun(() -> System.exit(0)),
                () -> System.exit(0));
    }

    private static void removePidFile(Path pidFile, String pid) {
        try {
            if (Files.exists(pidFile) && Files.readString(pidFile).trim().equals(pid)) {
                Files.delete(pidFile);
            }
        } catch (IOException e) {
            // the launcher checks whether the pid is alive anyway
        }
    }

    private static void createParent(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
    }
}
