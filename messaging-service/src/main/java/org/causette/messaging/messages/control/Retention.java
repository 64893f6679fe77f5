package org.causette.messaging.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Channel;
import org.causette.messaging.history.control.History;
import org.causette.messaging.messages.entity.StoredMessage;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;

/** Forgets messages older than the retention of their channel kind, except those under legal hold. */
@ApplicationScoped
public class Retention {
    private static final System.Logger LOG = System.getLogger(Retention.class.getName());

    @Inject
    MessageStore store;

    @Inject
    Outbox outbox;

    @Inject
    History history;

    @Inject
    @ConfigProperty(name = "causette.messaging.retention.room-days")
    int roomDays;

    @Inject
    @ConfigProperty(name = "causette.messaging.retention.conversation-days")
    int conversationDays;

    public int purge(Instant now) {
        int purged = purge(Channel.Kind.room, now.minus(Duration.ofDays(roomDays)))
                + purge(Channel.Kind.conversation, now.minus(Duration.ofDays(conversationDays)));
        LOG.log(System.Logger.Level.INFO, "retention purge removed {0} messages", purged);
        return purged;
    }

    int purge(Channel.Kind kind, Instant cutoff) {
        var expired = new ArrayList<String>();
        store.forEachExpired(kind, cutoff, expired::add);
        int purged = 0;
        for (var id : expired) {
            if (store.find(id).map(StoredMessage::legalHold).orElse(true)) {
                continue;
            }
            history.remove(id);
            outbox.remove(id);
            if (store.deleteUnlessHeld(id)) {
                purged++;
            }
        }
        return purged;
    }
}
