package org.causette.systemtests;

import jakarta.json.Json;
import org.junit.jupiter.api.Test;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The token key rotated on a running platform logs nobody out: once every server restarted with the new signing key
 * and both public keys, a session opened before keeps sending, reading and joining, and new tokens name the new key.
 * Runs in the fault-tests execution: it restarts the platform's servers.
 */
class TokenRotationFaultIT {
    private static final String ROOM = "discussion";

    @Test
    void aRotatedKeyLogsNobodyOut() {
        var before = Chatter.adult("Rot");
        before.mustJoin(ROOM);
        var previousKey = keyId(before.token);

        Launcher.run("rotate-token-key");
        for (var server : List.of("rooms-service", "messaging-service", "moderation-service", "gateway")) {
            Launcher.run("stop", server);
            Launcher.run(Map.of("CAUSETTE_START_TIMEOUT", "600"), "start", "--detach", server);
        }

        var text = "toujours là " + Platform.marker();
        assertEquals(202, before.say(ROOM, text).status(), "a token signed before the rotation still sends");
        var after = Chatter.adult("Rot");
        assertNotEquals(previousKey, keyId(after.token), "new tokens name the new key");
        after.mustJoin(ROOM);
        var history = after.call("GET", "/rooms/" + ROOM + "/messages", null);
        assertEquals(200, history.status(), history::toString);
        var mine = before.call("GET", "/rooms/" + ROOM + "/members", null);
        assertEquals(200, mine.status(), "the old token reads through rooms-service: " + mine);
        assertTrue(mine.body().contains(after.id), mine::toString);
    }

    private static String keyId(String token) {
        var header = new String(Base64.getUrlDecoder().decode(token.substring(0, token.indexOf('.'))),
                StandardCharsets.UTF_8);
        try (var reader = Json.createReader(new StringReader(header))) {
            return reader.readObject().getString("kid");
        }
    }
}
