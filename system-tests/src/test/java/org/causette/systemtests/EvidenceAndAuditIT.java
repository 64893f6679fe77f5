package org.causette.systemtests;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.TreeMap;

import static org.causette.systemtests.Casefiles.ROOM;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DSA Art. 18 (emergency flag, evidence bundle with LCEN identification data) and the tamper-evident audit log. */
class EvidenceAndAuditIT {

    @Test
    void anEmergencyCaseExportsSignedChainedEvidenceWithIdentificationData() throws Exception {
        var address = Platform.newAddress();
        var threatening = Chatter.createFrom(Platform.nickname("Evi"), 25, address);
        var reporter = Chatter.adult("Evr");
        threatening.mustJoin(ROOM);
        var messageId = Casefiles.sent(threatening, "rendez-vous ce soir " + Platform.marker());
        Casefiles.report(reporter.token, messageId, "threat");
        var moderator = Staff.moderator();
        var caseId = Casefiles.caseOf(moderator, messageId).getString("id");

        var early = Platform.call("GET", "/moderation/cases/" + caseId + "/evidence", moderator, null);
        assertEquals(409, early.status(), early::toString);
        assertEquals("not-emergency", early.code());
        var flagged = Platform.call("POST", "/moderation/cases/" + caseId + "/emergency", moderator,
                "{\"reason\":\"Menace de mort explicite contre une personne nommée\"}");
        assertEquals(200, flagged.status(), flagged::toString);

        var exported = Platform.call("GET", "/moderation/cases/" + caseId + "/evidence", moderator, null);
        assertEquals(200, exported.status(), exported::toString);
        var bundle = exported.object();
        var items = bundle.getJsonArray("items").getValuesAs(JsonObject.class);
        assertTrue(items.stream().anyMatch(i -> "message".equals(i.getString("kind"))
                && messageId.equals(i.getJsonObject("content").getString("id"))), exported::toString);
        var identification = items.stream().filter(i -> "identification".equals(i.getString("kind")))
                .map(i -> i.getJsonObject("content")).toList();
        assertTrue(identification.stream().anyMatch(c -> "connection".equals(c.getString("kind"))
                && "session-opened".equals(c.getString("connection", ""))
                && threatening.id.equals(c.getString("sessionId"))
                && address.equals(c.getString("address", ""))
                && threatening.nickname.equals(c.getString("pseudonym", ""))), exported::toString);
        assertTrue(identification.stream().anyMatch(c -> "content".equals(c.getString("kind"))
                && messageId.equals(c.getString("messageId", ""))
                && c.getString("at").matches(".*T.*[+-]\\d\\d:\\d\\d")), "content identifier with a zoned time");
        assertTrue(identification.stream().allMatch(c -> c.getBoolean("legalHold")),
                "the emergency flag placed a legal hold on the identification data");

        var prev = "0".repeat(64);
        for (var item : items) {
            assertEquals(prev, item.getString("prevHash"));
            var canonical = new TreeMap<String, JsonValue>();
            canonical.put("seq", item.get("seq"));
            canonical.put("kind", item.get("kind"));
            canonical.put("content", item.get("content"));
            canonical.put("prevHash", item.get("prevHash"));
            var hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical(canonical).getBytes(StandardCharsets.UTF_8)));
            assertEquals(item.getString("hash"), hash, () -> "hash of item " + item.getInt("seq"));
            prev = hash;
        }
        assertEquals(prev, bundle.getString("finalHash"));
        var signature = bundle.getJsonObject("signature");
        assertEquals("HmacSHA256", signature.getString("algorithm"));
        var keyFile = Path.of(System.getProperty("causette.home", ".causette"), "keys", "evidence-key");
        if (Files.exists(keyFile)) {
            var key = Files.readString(keyFile).strip().getBytes(StandardCharsets.UTF_8);
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            assertEquals(Base64.getEncoder().encodeToString(mac.doFinal(prev.getBytes(StandardCharsets.UTF_8))),
                    signature.getString("value"), "signed with the platform's evidence key");
        } else {
            assertFalse(signature.getString("value").isBlank());
        }
    }

    @Test
    void theAuditLogVerifiesAndDetectsAModifiedEntry() {
        var moderator = Staff.moderator();
        Casefiles.openCases(moderator);
        var intact = Platform.call("GET", "/moderation/audit/verify", moderator, null);
        assertEquals(200, intact.status(), intact::toString);
        assertTrue(intact.object().getBoolean("valid"), intact::toString);

        try (var store = new Store()) {
            var audit = store.database("moderation").getCollection("audit");
            var entry = audit.find().sort(Sorts.descending("_id")).first();
            assertNotNull(entry, "the audit log has entries");
            var seq = entry.get("_id");
            var actor = entry.getString("actor");
            try {
                audit.updateOne(Filters.eq("_id", seq), Updates.set("actor", actor + "-forged"));
                var broken = Platform.call("GET", "/moderation/audit/verify", moderator, null);
                assertEquals(200, broken.status(), broken::toString);
                assertFalse(broken.object().getBoolean("valid"), broken::toString);
                assertEquals(((Number) seq).longValue(), broken.object().getJsonNumber("firstBrokenSeq").longValue(),
                        broken::toString);
            } finally {
                audit.updateOne(Filters.eq("_id", seq), Updates.set("actor", actor));
            }
        }
        var repaired = Platform.call("GET", "/moderation/audit/verify", moderator, null);
        assertTrue(repaired.object().getBoolean("valid"), repaired::toString);
    }

    /** The canonical JSON of the evidence chain: keys sorted, no whitespace, whole numbers. */
    static String canonical(Object value) {
        var out = new StringBuilder();
        write(out, value);
        return out.toString();
    }

    private static void write(StringBuilder out, Object value) {
        if (value instanceof java.util.Map<?, ?> map) {
            out.append('{');
            var first = true;
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
        } else if (value instanceof jakarta.json.JsonArray array) {
            out.append('[');
            for (int i = 0; i < array.size(); i++) {
                if (i > 0) {
                    out.append(',');
                }
                write(out, array.get(i));
            }
            out.append(']');
        } else if (value instanceof JsonString s) {
            string(out, s.getString());
        } else if (value instanceof JsonNumber n) {
            out.append(n.longValueExact());
        } else if (value == JsonValue.TRUE || value == JsonValue.FALSE) {
            out.append(value);
        } else {
            out.append("null");
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
