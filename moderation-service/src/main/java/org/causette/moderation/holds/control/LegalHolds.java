package org.causette.moderation.holds.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.HoldTarget;
import org.causette.contracts.LegalHoldPlaced;
import org.causette.contracts.LegalHoldReleased;
import org.causette.kit.events.EventPublisher;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.holds.entity.LegalHold;
import org.causette.moderation.holds.entity.LegalHoldRequest;
import org.causette.moderation.identification.control.IdentificationStore;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Legal holds: what they cover is exempt from retention, the messages in messaging-service (told over the broker)
 * and the identification data here, until an administrator releases them.
 */
@ApplicationScoped
public class LegalHolds {
    private static final System.Logger LOG = System.getLogger(LegalHolds.class.getName());

    @Inject
    LegalHoldStore store;

    @Inject
    IdentificationStore identification;

    @Inject
    EventPublisher publisher;

    public LegalHold place(LegalHoldRequest request, String by) {
        var target = HoldRules.target(request);
        return place(target, HoldRules.reason(request), HoldRules.reference(request), by);
    }

    public LegalHold place(HoldTarget target, String reason, String reference, String by) {
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        var hold = new LegalHold(Events.newId(), "active", target, reason, reference, by, now, null, null, 0);
        store.store(hold);
        publisher.toQueue(Destinations.MESSAGING_HOLDS, new LegalHoldPlaced(Events.newId(), now, hold.id(), target),
                hold.id());
        var held = identification.hold(hold.id(), target);
        store.heldRecords(hold.id(), held);
        LOG.log(System.Logger.Level.INFO, "legal hold {0} placed; {1} identification record(s) held", hold.id(), held);
        return new LegalHold(hold.id(), hold.status(), target, reason, reference, by, now, null, null, held);
    }

    public List<LegalHold> list(String status) {
        if (status == null || "all".equals(status)) {
            return store.all();
        }
        if (!"active".equals(status) && !"released".equals(status)) {
            throw ProblemException.invalidField("status", "active, released or all");
        }
        return store.all().stream().filter(h -> status.equals(h.status())).toList();
    }

    public LegalHold find(String id) {
        return store.find(id).orElseThrow(() -> ProblemException.notFound("This legal hold"));
    }

    public LegalHold release(String id, String by) {
        var hold = find(id);
        if (!hold.active()) {
            throw ProblemException.conflict("hold-released", "This legal hold is already released.");
        }
        var now = Instant.now();
        publisher.toQueue(Destinations.MESSAGING_HOLDS, new LegalHoldReleased(Events.newId(), now, id), id);
        identification.release(id);
        store.release(id, by, now);
        LOG.log(System.Logger.Level.INFO, "legal hold {0} released", id);
        return find(id);
    }

    /** Active holds as the identification purge needs them. */
    public List<IdentificationStore.HeldTarget> activeTargets() {
        return store.active().stream().map(h -> new IdentificationStore.HeldTarget(h.id(), h.target())).toList();
    }
}
