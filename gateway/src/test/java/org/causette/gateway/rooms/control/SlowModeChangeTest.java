package org.causette.gateway.rooms.control;

import org.causette.kit.problems.ProblemException;
import org.junit.jupiter.api.Test;

import static org.causette.gateway.rooms.control.RoomTextsTest.body;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SlowModeChangeTest {

    @Test
    void wholeSecondsFromZeroToAnHour() {
        assertEquals(0, SlowModeChange.of(body("{\"slowModeSeconds\":0}")).getInt("slowModeSeconds"));
        assertEquals(3600, SlowModeChange.of(body("{\"slowModeSeconds\":3600}")).getInt("slowModeSeconds"));
    }

    @Test
    void anythingElseIsAnInvalidField() {
        for (var bad : new String[]{"{}", "{\"slowModeSeconds\":-1}", "{\"slowModeSeconds\":3601}",
                "{\"slowModeSeconds\":1.5}", "{\"slowModeSeconds\":\"10\"}", "{\"slowModeSeconds\":null}",
                "{\"slowModeSeconds\":99999999999999999999}", "{\"slowModeSeconds\":5,\"name\":\"x\"}"}) {
            var refused = assertThrows(ProblemException.class, () -> SlowModeChange.of(body(bad)), bad);
            assertEquals(400, refused.status());
            assertEquals("invalid-field", refused.code());
        }
    }
}
