package org.causette.backup.boundary;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

import org.causette.backup.control.BackupFiles;
import org.causette.backup.control.Dump;
import org.causette.backup.control.Restore;

import com.mongodb.ConnectionString;
import com.mongodb.client.MongoClients;

/**
 * {@code backup <dir>}, {@code restore [--drop] <dir>}, {@code verify <dir>}. The store is {@code MONGODB_URI}, the
 * databases {@code <CAUSETTE_DB_PREFIX>_*} (default prefix {@code causette}). Prints namespaces and counts only: the
 * URI's password and the documents never reach the output. Exit 0 done, 1 failed, 2 usage.
 */
public final class BackupCommand {
    /** Held here: java.util.logging keeps loggers weakly, and a collected one forgets its level. */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.mongodb.driver");
    static final String USAGE = """
            usage: backup <dir>            dump every database <prefix>_* into <dir> (new or empty)
                   restore [--drop] <dir>  put a backup back (refuses non-empty collections without --drop)
                   verify <dir>            check a backup's manifest and checksums
            environment: MONGODB_URI (required for backup and restore), CAUSETTE_DB_PREFIX (default causette)""";

    private BackupCommand() {
    }

    public static void main(String[] args) {
        DRIVER_LOG.setLevel(Level.WARNING);
        System.exit(run(List.of(args), System.getenv(), System.out, System.err));
    }

    static int run(List<String> args, Map<String, String> env, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        var command = args.get(0);
        var drop = args.contains("--drop");
        var rest = args.subList(1, args.size()).stream().filter(a -> !a.equals("--drop")).toList();
        if (rest.size() != 1 || rest.get(0).startsWith("-") || (drop && !command.equals("restore"))) {
            err.println(USAGE);
            return 2;
        }
        var dir = Path.of(rest.get(0)).toAbsolutePath();
        try {
            switch (command) {
                case "verify" -> {
                    var manifest = BackupFiles.readVerified(dir);
                    out.println("backup of " + manifest.createdAt() + ": " + manifest.collections().size()
                            + " collections, every checksum matches");
                    return 0;
                }
                case "backup", "restore" -> {
                    var uri = env.getOrDefault("MONGODB_URI", "");
                    if (uri.isBlank()) {
                        err.println("MONGODB_URI is not set");
                        return 2;
                    }
                    var prefix = env.getOrDefault("CAUSETTE_DB_PREFIX", "causette");
                    try (var client = MongoClients.create(new ConnectionString(uri))) {
                        if (command.equals("backup")) {
                            var manifest = new Dump(client, out::println).run(prefix, dir);
                            out.println("backed up " + manifest.collections().size() + " collections into " + dir);
                        } else {
                            var manifest = new Restore(client, out::println).run(dir, drop);
                            out.println("restored " + manifest.collections().size() + " collections from the backup of "
                                    + manifest.createdAt());
                        }
                    }
                    return 0;
                }
                default -> {
                    err.println(USAGE);
                    return 2;
                }
            }
        } catch (IllegalArgumentException | IllegalStateException e) {
            err.println(command + " refused: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println(command + " failed: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return 1;
        }
    }
}
