package org.causette.rooms.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Sender;
import org.causette.kit.problems.ProblemException;
import org.causette.rooms.entity.AudienceMismatch;
import org.causette.rooms.entity.Invitation;
import org.causette.rooms.entity.Invitee;
import org.causette.rooms.entity.Member;
import org.causette.rooms.entity.NewPrivateRoom;
import org.causette.rooms.entity.NotRoomOwner;
import org.causette.rooms.entity.Room;
import org.causette.rooms.entity.TooManyInvitations;
import org.causette.rooms.entity.TooManyRooms;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Private rooms by invitation. The audience of a private room is its creator's bracket, fixed forever; only its
 * owner invites, and only sessions of that same bracket: the wall is decided here, whatever the gateway checked.
 */
@ApplicationScoped
public class PrivateRooms {
    private static final System.Logger LOG = System.getLogger(PrivateRooms.class.getName());
    static final int MAX_NAME = 40;
    static final int MAX_TOPIC = 120;
    private static final long SWEEP_EVERY_MILLIS = 60_000;

    private final AtomicLong lastSweep = new AtomicLong();

    @Inject
    SlowModePublisher slowMode;

    @Inject
    RoomStore rooms;

    @Inject
    PrivateRoomStore store;

    @Inject
    InvitationPublisher publisher;

    @Inject
    PresencePublisher presence;

    @Inject
    @ConfigProperty(name = "causette.rooms.private.capacity")
    int capacity;

    @Inject
    @ConfigProperty(name = "causette.rooms.private.max-per-session")
    int maxPerSession;

    @Inject
    @ConfigProperty(name = "causette.rooms.private.max-invitations")
    int maxInvitations;

    @Inject
    @ConfigProperty(name = "causette.rooms.private.empty-minutes")
    long emptyMinutes;

    public Room create(NewPrivateRoom request, Sender owner, Member asMember) {
        var name = text("name", request == null ? null : request.name(), 2, MAX_NAME);
        var topic = request.topic() == null || request.topic().isBlank() ? null
                : text("topic", request.topic(), 1, MAX_TOPIC);
        closeAbandoned();
        if (store.countOwnedBy(owner.sessionId()) >= maxPerSession) {
            throw new TooManyRooms(maxPerSession);
        }
        var room = store.create(name, topic, owner.bracket(), capacity, asMember, Instant.now());
        presence.joined(room.id(), room.audience(), asMember);
        LOG.log(System.Logger.Level.INFO, "private room {0} created by session {1}", room.id(), owner.sessionId());
        return room;
    }

    public Invitation invite(String roomId, Sender owner, Invitee invitee) {
        if (invitee == null || invitee.sessionId() == null || invitee.sessionId().isBlank() || invitee.bracket() == null) {
            throw ProblemException.invalidField("sessionId", "the session to invite.");
        }
        if (invitee.sessionId().equals(owner.sessionId())) {
            throw ProblemException.invalidField("sessionId", "invite someone else than yourself.");
        }
        var room = ownedRoom(roomId, owner.sessionId());
        if (invitee.bracket() != room.audience() || owner.bracket() != room.audience()) {
            throw new AudienceMismatch();
        }
        var added = store.invite(roomId, invitee.sessionId(), maxInvitations)
                .orElseThrow(() -> new TooManyInvitations(maxInvitations));
        if (added) {
            publisher.invited(room, owner, invitee.sessionId());
            LOG.log(System.Logger.Level.INFO, "session {0} invited into room {1}", invitee.sessionId(), roomId);
        }
        return new Invitation(roomId, invitee.sessionId(), "invited");
    }

    public Room changeSlowMode(String roomId, String sessionId, Integer seconds) {
        if (!SlowModeClock.isValid(seconds)) {
            throw ProblemException.invalidField("slowModeSeconds", "a whole number of seconds from 0 to 3600.");
        }
        ownedRoom(roomId, sessionId);
        var room = store.setSlowMode(roomId, seconds);
        slowMode.changed(roomId, seconds);
        return room;
    }

    /** The owner's session ended: its private rooms close as soon as they are empty. */
    public void ownerEnded(String sessionId) {
        store.ownerEnded(sessionId);
    }

    public void afterLeave(String roomId) {
        store.afterLeave(roomId, Instant.now());
    }

    /**
     * Lazy clean-up of rooms left empty too long (sessions that simply expired publish nothing), at most once a
     * minute per instance.
     */
    public void closeAbandoned() {
        long now = System.currentTimeMillis();
        long last = lastSweep.get();
        if (now - last >= SWEEP_EVERY_MILLIS && lastSweep.compareAndSet(last, now)) {
            store.closeEmptySince(Instant.now().minus(Duration.ofMinutes(emptyMinutes)));
        }
    }

    private Room ownedRoom(String roomId, String sessionId) {
        var document = rooms.visible(roomId, sessionId, RoomStore.WITHOUT_MEMBERS);
        if (!RoomAccess.PRIVATE.equals(document.getString("kind")) || document.getBoolean("ownerEnded", false)
                || !sessionId.equals(document.getString("ownerSessionId"))) {
            throw new NotRoomOwner();
        }
        return RoomStore.toRoom(document);
    }

    /** Names and topics: trimmed, within bounds, no control or invisible formatting characters (e.g. bidi overrides). */
    static String text(String field, String value, int min, int max) {
        if (value == null) {
            throw ProblemException.invalidField(field, min + " to " + max + " characters required.");
        }
        var trimmed = value.strip();
        int length = trimmed.codePointCount(0, trimmed.length());
        if (length < min || length > max) {
            throw ProblemException.invalidField(field, min + " to " + max + " characters required.");
        }
        if (trimmed.codePoints().anyMatch(c -> Character.getType(c) == Character.CONTROL
                || Character.getType(c) == Character.FORMAT)) {
            throw ProblemException.invalidField(field, "no control or invisible characters.");
        }
        return trimmed;
    }
}
