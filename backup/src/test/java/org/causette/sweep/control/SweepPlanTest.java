package org.causette.sweep.control;

import org.causette.sweep.entity.Subscription;
import org.causette.sweep.entity.Verdict;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SweepPlanTest {
    private static final Instant NOW = Instant.parse("2026-12-08T10:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void onlyAnIdleSubscriptionOfAnInstanceSilentForLongerThanTheThresholdIsDeleted() {
        var verdicts = SweepPlan.judge(List.of(
                        new Subscription("gateway-gateway-0", 0),     // fresh heartbeat (e.g. after a broker restart)
                        new Subscription("gateway-gateway-3", 0),     // gone two hours ago
                        new Subscription("gateway-gateway-4", 2),     // stale heartbeat but consumers attached
                        new Subscription("gateway-gateway-5", 0),     // never wrote a heartbeat
                        new Subscription("gateway-gateway-6", 0),     // silent for just under the threshold
                        new Subscription("audit-copy", 0)),           // not a gateway's subscription
                Map.of("gateway-0", NOW.minusSeconds(20), "gateway-3", NOW.minus(Duration.ofHours(2)),
                        "gateway-4", NOW.minus(Duration.ofHours(3)), "gateway-6", NOW.minus(HOUR).plusSeconds(1)),
                NOW, HOUR);

        assertEquals(List.of("gateway-gateway-3"), verdicts.stream().filter(Verdict::delete)
                .map(v -> v.subscription().queue()).toList());
        assertEquals(5, verdicts.size(), "queues not named gateway-<instance> are not judged");
    }

    @Test
    void theInstanceIsTheQueueNameWithoutItsPrefix() {
        assertEquals("gateway-2", new Subscription("gateway-gateway-2", 0).instance());
        assertEquals("1", new Subscription("gateway-1", 0).instance());
        assertEquals(null, new Subscription("gateway-", 0).instance());
    }
}
