package org.causette.messaging.conversations.entity;

import org.causette.contracts.Audience;
import org.causette.contracts.Sender;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** A private conversation between the session that asked ({@code requester}) and the one it invited ({@code peer}). */
public record Conversation(String id, Sender requester, Sender peer, Audience audience, ConversationStatus status,
                           Instant openedAt) {

    public boolean hasParticipant(String sessionId) {
        return requester.sessionId().equals(sessionId) || peer.sessionId().equals(sessionId);
    }

    public List<String> participants() {
        return List.of(requester.sessionId(), peer.sessionId());
    }

    /** The other participant, seen from {@code sessionId}. */
    public Optional<Sender> otherThan(String sessionId) {
        if (requester.sessionId().equals(sessionId)) {
            return Optional.of(peer);
        }
        if (peer.sessionId().equals(sessionId)) {
            return Optional.of(requester);
        }
        return Optional.empty();
    }

    public Conversation withStatus(ConversationStatus status) {
        return new Conversation(id, requester, peer, audience, status, openedAt);
    }

    /** One document per pair of sessions, whoever asked: the order-independent key. */
    public static String pairKey(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "|" + b : b + "|" + a;
    }
}
