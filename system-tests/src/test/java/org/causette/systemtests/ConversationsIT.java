package org.causette.systemtests;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.causette.systemtests.Stream.message;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Private conversations: request, accept, talk; a block stops every path. */
class ConversationsIT {

    @Test
    void aConversationCarriesMessagesOnlyOnceAccepted() {
        var lea = Chatter.adult("Lea");
        var noe = Chatter.adult("Noe");
        try (var leaStream = lea.stream(); var noeStream = noe.stream()) {
            var opened = lea.call("POST", "/conversations", "{\"peer\":\"" + noe.id + "\"}");
            assertEquals(201, opened.status(), opened::toString);
            var id = opened.object().getString("id");
            assertEquals("pending", opened.object().getString("status"));
            var request = noeStream.await(f -> "conversation".equals(f.getString("type", ""))
                    && id.equals(f.getString("id")));
            assertEquals(lea.id, request.getJsonObject("peer").getString("sessionId"));
            assertEquals("pending", request.getString("status"));

            var early = lea.call("POST", "/conversations/" + id + "/messages",
                    "{\"clientMessageId\":\"c1\",\"text\":\"trop tôt\"}");
            assertEquals(409, early.status(), early::toString);

            assertEquals(200, noe.call("POST", "/conversations/" + id + "/accept", null).status());
            leaStream.await(f -> "conversation".equals(f.getString("type", "")) && id.equals(f.getString("id"))
                    && "accepted".equals(f.getString("status")));
            var text = "bonjour en privé " + Platform.marker();
            leaStream.sendToConversation(id, UUID.randomUUID().toString(), text);
            var received = noeStream.await(message(text));
            assertEquals(id, received.getString("conversation"));
            leaStream.await(message(text));
        }
    }

    @Test
    void aBlockedSessionCanNoLongerReachTheBlocker() {
        var ana = Chatter.adult("Bla");
        var bob = Chatter.adult("Blo");
        ana.mustJoin("marseille");
        bob.mustJoin("marseille");
        try (var anaStream = ana.stream()) {
            assertEquals(204, ana.call("POST", "/blocks", "{\"sessionId\":\"" + bob.id + "\"}").status());
            var refused = bob.call("POST", "/conversations", "{\"peer\":\"" + ana.id + "\"}");
            assertEquals(403, refused.status(), refused::toString);
            assertEquals("blocked", refused.code());
            var hidden = "tu me vois ? " + Platform.marker();
            assertEquals(202, bob.say("marseille", hidden).status());
            var visible = Chatter.adult("Tem");
            visible.mustJoin("marseille");
            var marker = "témoin " + Platform.marker();
            assertEquals(202, visible.say("marseille", marker).status());
            anaStream.await(message(marker));
            assertTrue(anaStream.frames(message(hidden)).isEmpty(), "a blocked session's message reached the blocker");
        }
    }
}
