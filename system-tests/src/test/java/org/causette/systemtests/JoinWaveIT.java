package org.causette.systemtests;

import jakarta.json.JsonObject;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** A wave of joins into one room (a raid): the room slows down and moderators get an automatic case on it. */
class JoinWaveIT {
    /** a room no other test uses: the wave's slow mode lasts ten minutes */
    private static final String ROOM = "rennes";
    /** more than the default threshold of 40 joins in 20 s */
    private static final int RAIDERS = 45;

    @Test
    void aWaveOfJoinsSlowsTheRoomDownAndOpensACase() {
        List<Chatter> raiders = new ArrayList<>();
        try {
            for (int i = 0; i < RAIDERS; i++) {
                raiders.add(Chatter.adult("Raid"));
            }
            raiders.parallelStream().forEach(r -> r.mustJoin(ROOM));
            var member = raiders.get(0);
            var room = member.call("GET", "/rooms", null).json().asJsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(r -> ROOM.equals(r.getString("id"))).findFirst().orElseThrow();
            assertTrue(room.getInt("slowModeSeconds") >= 10, room::toString);

            var staff = Staff.moderator();
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                    .until(() -> Casefiles.openCases(staff).stream().anyMatch(c ->
                            ROOM.equals(c.getJsonObject("target").getString("roomId", ""))
                                    && "automatic".equals(c.getString("source")) && "spam".equals(c.getString("category"))));

            // the gateway hears of the slow mode a moment after the joins (RoomSlowModeChanged)
            Awaitility.await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).until(() -> {
                member.say(ROOM, "on est nombreux " + Platform.marker());
                return member.say(ROOM, "très nombreux " + Platform.marker()).status() == 429;
            });
        } finally {
            raiders.forEach(r -> r.call("DELETE", "/rooms/" + ROOM + "/members/me", null));
        }
    }
}
