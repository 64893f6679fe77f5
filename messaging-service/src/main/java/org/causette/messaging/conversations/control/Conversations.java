package org.causette.messaging.conversations.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Channel;
import org.causette.contracts.Events;
import org.causette.contracts.Sender;
import org.causette.kit.problems.ProblemException;
import org.causette.messaging.conversations.entity.Conversation;
import org.causette.messaging.conversations.entity.ConversationNotAccepted;
import org.causette.messaging.conversations.entity.ConversationNotFound;
import org.causette.messaging.conversations.entity.ConversationOver;
import org.causette.messaging.conversations.entity.ConversationStatus;
import org.causette.messaging.conversations.entity.ConversationSummary;
import org.causette.messaging.conversations.entity.NotAParticipant;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Opening, accepting and leaving private conversations, one live conversation per pair of sessions. */
@ApplicationScoped
public class Conversations {
    private static final int MAX_ATTEMPTS = 5;

    @Inject
    ConversationStore store;

    @Inject
    ConversationPublisher publisher;

    /** @return the new pending conversation, or the live one the two already have */
    public Conversation open(Sender caller, Sender peer) {
        var pair = Conversation.pairKey(caller.sessionId(), peer.sessionId());
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var current = store.conversationOfPair(pair);
            Optional<Conversation> live = current.flatMap(store::find).filter(c -> c.status().live());
            if (live.isPresent()) {
                return live.get();
            }
            var created = new Conversation(Events.newId(), caller, peer, caller.bracket(), ConversationStatus.pending,
                    Instant.now().truncatedTo(ChronoUnit.MILLIS));
            store.insert(created);
            boolean claimed = current.isPresent() ? store.replacePair(pair, current.get(), created.id())
                    : store.claimPair(pair, created.id());
            if (claimed) {
                store.link(caller.sessionId(), created.id());
                store.link(peer.sessionId(), created.id());
                publisher.requested(created);
                return created;
            }
            store.delete(created.id());
        }
        throw ProblemException.unavailable("Too many concurrent requests for this conversation; try again.");
    }

    /** Only the invited peer accepts; accepting twice is harmless. */
    public Conversation accept(String id, Sender caller) {
        var c = find(id);
        if (!c.peer().sessionId().equals(caller.sessionId())) {
            throw new NotAParticipant("Only the invited participant can accept this conversation.");
        }
        if (c.status() == ConversationStatus.accepted) {
            return c;
        }
        if (c.status() != ConversationStatus.pending) {
            throw new ConversationOver();
        }
        if (!store.transition(id, ConversationStatus.pending, ConversationStatus.accepted)) {
            return accept(id, caller);
        }
        var accepted = c.withStatus(ConversationStatus.accepted);
        publisher.answered(accepted, c.peer(), ConversationStatus.accepted);
        return accepted;
    }

    /** Either participant leaves: a pending conversation is declined, an accepted one closed; leaving twice is harmless. */
    public void leave(String id, Sender caller) {
        var c = find(id);
        var self = c.requester().sessionId().equals(caller.sessionId()) ? c.requester()
                : c.peer().sessionId().equals(caller.sessionId()) ? c.peer() : null;
        if (self == null) {
            throw new NotAParticipant();
        }
        var next = c.status().afterLeaving();
        if (next.isEmpty()) {
            return;
        }
        if (!store.transition(id, c.status(), next.get())) {
            leave(id, caller);
            return;
        }
        publisher.answered(c.withStatus(next.get()), self, next.get());
    }

    public List<ConversationSummary> of(String sessionId) {
        return store.conversationIdsOf(sessionId).stream()
                .map(store::find).flatMap(Optional::stream)
                .filter(c -> c.hasParticipant(sessionId))
                .map(c -> ConversationSummary.of(c, sessionId))
                .sorted(Comparator.comparing(ConversationSummary::openedAt).reversed())
                .toList();
    }

    /** The conversation, if the session takes part in it. */
    public Conversation seenBy(String id, String sessionId) {
        var c = find(id);
        if (!c.hasParticipant(sessionId)) {
            throw new NotAParticipant();
        }
        return c;
    }

    /** Where a participant's message goes: only into an accepted conversation. */
    public Channel channelFor(String id, String sessionId) {
        var c = seenBy(id, sessionId);
        if (c.status() != ConversationStatus.accepted) {
            throw new ConversationNotAccepted();
        }
        return Channel.conversation(c.id(), c.audience(), c.participants());
    }

    private Conversation find(String id) {
        return store.find(id).orElseThrow(() -> new ConversationNotFound(id));
    }
}
