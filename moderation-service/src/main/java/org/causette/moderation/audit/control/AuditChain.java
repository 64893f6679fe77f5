package org.causette.moderation.audit.control;

import org.causette.moderation.audit.entity.AuditEntry;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;

/**
 * How an audit entry is hashed: SHA-256 over a canonical JSON form with a fixed field order, the details sorted by
 * key, {@code at} in milliseconds (what MongoDB keeps) and the previous entry's hash. Pure Java: usable offline.
 */
public final class AuditChain {
    /** The {@code prevHash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /** The entry that follows {@code prev} (null for the first one), with its hash. */
    public static AuditEntry next(AuditEntry prev, Instant at, String actor, String action, String target,
                                  Map<String, String> details) {
        long seq = prev == null ? 1 : prev.seq() + 1;
        var prevHash = prev == null ? GENESIS : prev.hash();
        var when = at.truncatedTo(ChronoUnit.MILLIS);
        var sorted = details == null ? Map.<String, String>of() : new TreeMap<>(details);
        return new AuditEntry(seq, when, actor, action, target, sorted, prevHash,
                hash(seq, when, actor, action, target, sorted, prevHash));
    }

    /** The hash the entry should have given its content (ignoring its stored {@code hash}). */
    public static String hashOf(AuditEntry e) {
        return hash(e.seq(), e.at(), e.actor(), e.action(), e.target(), e.details(), e.prevHash());
    }

    static String hash(long seq, Instant at, String actor, String action, String target, Map<String, String> details,
                       String prevHash) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical(seq, at, actor, action, target, details, prevHash).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    static String canonical(long seq, Instant at, String actor, String action, String target,
                            Map<String, String> details, String prevHash) {
        var out = new StringBuilder(256).append("{\"seq\":").append(seq)
                .append(",\"at\":");
        string(out, at == null ? null : DateTimeFormatter.ISO_INSTANT.format(at.truncatedTo(ChronoUnit.MILLIS)));
        out.append(",\"actor\":");
        string(out, actor);
        out.append(",\"action\":");
        string(out, action);
        out.append(",\"target\":");
        string(out, target);
        out.append(",\"details\":{");
        boolean first = true;
        for (var e : new TreeMap<>(details == null ? Map.<String, String>of() : details).entrySet()) {
            if (!first) {
                out.append(',');
            }
            first = false;
            string(out, e.getKey());
            out.append(':');
            string(out, e.getValue());
        }
        out.append("},\"prevHash\":");
        string(out, prevHash);
        return out.append('}').toString();
    }

    private static void string(StringBuilder out, String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
