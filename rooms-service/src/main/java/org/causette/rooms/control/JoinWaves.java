package org.causette.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Audience;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.contracts.JoinWaveDetected;
import org.causette.kit.events.EventPublisher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;

/**
 * Join waves: when more than {@code joins} sessions joined one room within the window (a raid, or the room's link
 * shared elsewhere), the room gets a slow mode for a while and moderation-service is told, which opens a case.
 * Counted from the members' join times in the room document, so every replica sees the same wave.
 */
@ApplicationScoped
public class JoinWaves {
    private static final System.Logger LOG = System.getLogger(JoinWaves.class.getName());

    @Inject
    SlowModePublisher slowMode;

    @Inject
    RoomStore store;

    @Inject
    EventPublisher publisher;

    @Inject
    @ConfigProperty(name = "causette.rooms.join-wave.joins")
    int joins;

    @Inject
    @ConfigProperty(name = "causette.rooms.join-wave.window-seconds")
    int windowSeconds;

    @Inject
    @ConfigProperty(name = "causette.rooms.join-wave.slow-mode-seconds")
    int slowModeSeconds;

    @Inject
    @ConfigProperty(name = "causette.rooms.join-wave.minutes")
    int minutes;

    /** Called after a session joined {@code roomId}. */
    public void afterJoin(String roomId, Audience audience) {
        if (joins <= 0) {
            return;
        }
        Instant now = Instant.now();
        int recent = store.joinedSince(roomId, now.minusSeconds(windowSeconds));
        if (recent <= joins) {
            return;
        }
        Instant until = now.plus(Duration.ofMinutes(minutes));
        if (store.startWave(roomId, now, until, slowModeSeconds)) {
            LOG.log(System.Logger.Level.WARNING, "join wave in room {0}: {1} joins in {2} s, slow mode {3} s until {4}",
                    roomId, recent, windowSeconds, slowModeSeconds, until);
            slowMode.changed(roomId, slowModeSeconds);
            publisher.toTopic(Destinations.PLATFORM_EVENTS, new JoinWaveDetected(Events.newId(), now, roomId, audience,
                    recent, windowSeconds, slowModeSeconds, until), roomId);
        }
    }
}
