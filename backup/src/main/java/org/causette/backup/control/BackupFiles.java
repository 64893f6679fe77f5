package org.causette.backup.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.bson.BsonDocument;
import org.bson.json.JsonMode;
import org.bson.json.JsonWriterSettings;
import org.causette.backup.entity.Manifest;

/** The files of a backup: owner-only permissions (they hold personal data), checksums, the manifest. */
public final class BackupFiles {
    /** Canonical extended JSON keeps every BSON type (Int64, Date, Binary, ObjectId) through a round trip. */
    static final JsonWriterSettings JSON = JsonWriterSettings.builder().outputMode(JsonMode.EXTENDED).build();

    private BackupFiles() {
    }

    static void createPrivateDirectory(Path dir) throws IOException {
        Files.createDirectories(dir);
        restrict(dir, "rwx------");
    }

    static void restrict(Path path, String permissions) throws IOException {
        if (Files.getFileStore(path).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try (InputStream in = Files.newInputStream(file)) {
            var buffer = new byte[64 * 1024];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static void writeManifest(Path dir, Manifest manifest) throws IOException {
        var file = dir.resolve(Manifest.FILE);
        Files.writeString(file, manifest.toBson().toJson(JSON), StandardCharsets.UTF_8);
        restrict(file, "rw-------");
    }

    /** The manifest of a finished backup, every file checked against its checksum; refuses anything else. */
    public static Manifest readVerified(Path dir) {
        var file = dir.resolve(Manifest.FILE);
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException(dir + " is not a finished backup (no " + Manifest.FILE + ")");
        }
        try {
            var manifest = Manifest.fromBson(BsonDocument.parse(Files.readString(file, StandardCharsets.UTF_8)));
            for (var c : manifest.collections()) {
                var data = dir.resolve(c.file()).normalize();
                if (!data.startsWith(dir.normalize())) {
                    throw new IllegalArgumentException("manifest names a file outside the backup: " + c.file());
                }
                if (!Files.isRegularFile(data)) {
                    throw new IllegalArgumentException("missing file " + c.file());
                }
                if (!sha256(data).equals(c.sha256())) {
                    throw new IllegalArgumentException("checksum mismatch: " + c.file());
                }
            }
            return manifest;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
