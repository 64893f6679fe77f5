package org.causette.moderation.evidence.control;

import org.causette.moderation.evidence.entity.EvidenceBundle;
import org.causette.moderation.evidence.entity.EvidenceItem;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Hash chain and signature of an evidence bundle. Pure Java: the same code checks a bundle offline. Content values
 * are strings, whole numbers, booleans, lists and maps only (no floating point; null fields are left out), so the
 * canonical JSON is unambiguous.
 */
public final class EvidenceChain {
    public static final String GENESIS = "0".repeat(64);
    public static final String ALGORITHM = "HmacSHA256";
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");

    private EvidenceChain() {
    }

    /** ISO-8601 with the Paris offset, to the millisecond; null stays null. */
    public static String time(Instant at) {
        return at == null ? null
                : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(at.truncatedTo(ChronoUnit.MILLIS).atZone(ZONE));
    }

    /** Chains the contents in order. */
    public static List<EvidenceItem> link(List<Map.Entry<String, Map<String, Object>>> contents) {
        var items = new ArrayList<EvidenceItem>();
        var prev = GENESIS;
        int seq = 1;
        for (var c : contents) {
            var content = new TreeMap<String, Object>();
            c.getValue().forEach((k, v) -> {
                if (v != null) {
                    content.put(k, v);   // JSON writers may drop nulls: leave them out of what is hashed too
                }
            });
            var hash = hash(seq, c.getKey(), content, prev);
            items.add(new EvidenceItem(seq++, c.getKey(), content, prev, hash));
            prev = hash;
        }
        return items;
    }

    public static String hash(int seq, String kind, Map<String, Object> content, String prevHash) {
        var canonical = canonical(Map.of("seq", (long) seq, "kind", kind, "content", content, "prevHash", prevHash));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String sign(String finalHash, byte[] key) {
        try {
            var mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            return Base64.getEncoder().encodeToString(mac.doFinal(finalHash.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Names a key without revealing it: the first 16 hex digits of its SHA-256. */
    public static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return true if every link holds, the final hash is the last item's and the signature is the key's */
    public static boolean verify(EvidenceBundle bundle, byte[] key) {
        var prev = GENESIS;
        int seq = 1;
        for (var item : bundle.items()) {
            if (item.seq() != seq++ || !prev.equals(item.prevHash())
                    || !hash(item.seq(), item.kind(), item.content(), item.prevHash()).equals(item.hash())) {
                return false;
            }
            prev = item.hash();
        }
        return prev.equals(bundle.finalHash()) && MessageDigest.isEqual(
                sign(bundle.finalHash(), key).getBytes(StandardCharsets.UTF_8),
                bundle.signature().value().getBytes(StandardCharsets.UTF_8));
    }

    /** JSON with object keys sorted and no whitespace. */
    static String canonical(Object value) {
        var out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(out, s);
        } else if (value instanceof Long || value instanceof Integer || value instanceof Short) {
            out.append(((Number) value).longValue());
        } else if (value instanceof Boolean b) {
            out.append(b);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (var e : new TreeMap<>(map).entrySet()) {
                if (!first) {
                    out.append(',');
                }
                first = false;
                string(out, e.getKey().toString());
                out.append(':');
                write(out, e.getValue());
            }
            out.append('}');
        } else if (value instanceof List<?> list) {
            out.append('[');
            for (int i = 0; i < list.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, list.get(i));
            }
            out.append(']');
        } else {
            throw new IllegalArgumentException("evidence holds strings, whole numbers, booleans, lists and maps, not "
                    + value.getClass().getSimpleName());
        }
    }

    private static void string(StringBuilder out, String s) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
