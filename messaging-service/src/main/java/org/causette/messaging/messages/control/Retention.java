package org.causette.messaging.messages.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Channel;
import org.causette.messaging.history.control.History;
import org.causette.messaging.holds.control.HoldBook;
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
    HoldBook holds;

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
        var active = holds.active();
        int purged = 0;
        for (var id : expired) {
            var stored = store.find(id).orElse(null);
            if (stored == null || stored.legalHold()) {
                continue;
            }
            var m = stored.message();
            var covering = active.stream().filter(h -> h.target().covers(m.id(), m.sender().sessionId(),
                    m.channel().kind(), m.channel().id(), m.sentAt())).map(HoldBook.Active::holdId).toList();
            if (!covering.isEmpty()) {
                holds.mark(id, covering);   // stored after the hold was placed: held all the same
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
