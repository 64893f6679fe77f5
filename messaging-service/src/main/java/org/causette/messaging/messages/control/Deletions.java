package org.causette.messaging.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.MessageRemoved;
import org.causette.contracts.Outcomes;
import org.causette.contracts.Sender;
import org.causette.kit.problems.ProblemException;
import org.causette.messaging.history.control.History;
import org.causette.messaging.messages.entity.MessageState;

/**
 * A member deleting one of their own messages: gone from history and from every screen, kept stored for casework,
 * evidence and legal holds. A message still waiting for its verdict is deleted too: the gateways drop its release.
 */
@ApplicationScoped
public class Deletions {
    private static final int MAX_ATTEMPTS = 5;

    @Inject
    MessageStore store;

    @Inject
    History history;

    @Inject
    MessagePublisher publisher;

    /** A message of the other bracket answers 404 like an unknown one: the wall tells nothing across it. */
    public void byAuthor(String messageId, Sender caller) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            var stored = store.find(messageId).filter(m -> m.message().sender().bracket() == caller.bracket())
                    .orElseThrow(() -> ProblemException.notFound("That message"));
            if (!stored.message().sender().sessionId().equals(caller.sessionId())) {
                throw ProblemException.forbidden("not-author", "Only its author can delete a message.");
            }
            if (stored.state() == MessageState.deleted) {
                return;
            }
            if (store.delete(messageId, stored.state())) {
                if (stored.state().delivered()) {
                    history.remove(messageId);
                }
                publisher.announce(stored.message(),
                        Outcomes.removed(stored.message(), MessageRemoved.BY_AUTHOR, "deleted:" + messageId));
                return;
            }
        }
        throw ProblemException.unavailable("The message is being moderated right now; delete it again shortly.");
    }
}
