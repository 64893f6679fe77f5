package org.causette.sweep.control;

import org.causette.sweep.entity.Subscription;
import org.causette.sweep.entity.Verdict;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Which gateway subscriptions to delete: only one whose instance wrote a heartbeat, last longer ago than
 * {@code staleAfter}, and that has no consumer attached. A subscription without any heartbeat is left alone (it may
 * be older than the heartbeats, or its gateway may be starting): the runbook deletes those by hand. Nothing here
 * depends on how long the broker has been up, so a subscription reloaded by a restarted broker is judged by its
 * gateway's heartbeat alone.
 */
public final class SweepPlan {
    private SweepPlan() {
    }

    public static List<Verdict> judge(List<Subscription> subscriptions, Map<String, Instant> lastSeen, Instant now,
                                      Duration staleAfter) {
        return subscriptions.stream().filter(s -> s.instance() != null)
                .map(s -> judge(s, lastSeen.get(s.instance()), now, staleAfter)).toList();
    }

    private static Verdict judge(Subscription subscription, Instant seen, Instant now, Duration staleAfter) {
        if (seen == null) {
            return new Verdict(subscription, false, "kept: no heartbeat from instance " + subscription.instance());
        }
        if (seen.isAfter(now.minus(staleAfter))) {
            return new Verdict(subscription, false, "kept: heartbeat " + seen);
        }
        if (subscription.consumers() > 0) {
            return new Verdict(subscription, false, "kept: " + subscription.consumers() + " consumer(s) attached");
        }
        return new Verdict(subscription, true, "deleted: last heartbeat " + seen + ", no consumer");
    }
}
