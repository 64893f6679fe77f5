package org.causette.messaging.conversations.entity;

import org.causette.contracts.Audience;
import org.causette.contracts.Sender;
import org.causette.kit.problems.ProblemException;

/** The gateway resolved the peer from its sessions and checked blocks. */
public record OpenConversation(Peer peer) {

    public record Peer(String sessionId, String nickname, Audience bracket) {
    }

    /**
     * @throws ProblemException 400 {@code invalid-field} for a missing peer or the caller itself, 403
     *                          {@code audience-mismatch} when a teen and an adult would meet
     */
    public Sender validatedPeerOf(Sender caller) {
        if (peer == null || peer.sessionId() == null || peer.sessionId().isBlank()) {
            throw ProblemException.invalidField("peer", "is required");
        }
        if (peer.bracket() == null) {
            throw ProblemException.invalidField("peer.bracket", "is required");
        }
        if (peer.sessionId().equals(caller.sessionId())) {
            throw ProblemException.invalidField("peer", "cannot be the caller");
        }
        if (caller.bracket() != peer.bracket()) {
            throw new AudienceMismatch();
        }
        return new Sender(peer.sessionId(), peer.nickname(), peer.bracket());
    }
}
