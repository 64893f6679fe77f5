package org.causette.systemtests;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A gateway killed with SIGKILL (as the kernel's OOM killer would) is reported dead by the launcher and comes back
 * with a plain `./causette start gateway`: the launcher cleans what the dead server left (workarea, pid file).
 * Runs in the fault-tests execution: it restarts the gateway.
 */
class GatewayRecoveryFaultIT {

    @Test
    void aKilledGatewayIsReportedDeadAndStartsAgain() {
        Launcher.run("kill", "gateway");
        var status = Launcher.outcome("status", "gateway");
        assertEquals(3, status.exitCode(), status::output);
        assertTrue(status.output().matches("(?s).*gateway\\s+-\\s+died.*"), status::output);

        Launcher.run(Map.of("CAUSETTE_START_TIMEOUT", "600"), "start", "--detach", "gateway");
        await().atMost(Duration.ofSeconds(60)).until(() -> Launcher.readiness("gateway") == 200);
        assertEquals(0, Launcher.outcome("status", "gateway").exitCode());
        var chatter = Chatter.adult("Back");
        chatter.mustJoin("discussion");
        assertEquals(202, chatter.say("discussion", "de retour " + Platform.marker()).status());
    }
}
