package org.causette.rooms.control;

import org.causette.contracts.Audience;
import org.causette.contracts.Sender;
import org.causette.kit.problems.ProblemException;
import org.causette.rooms.entity.AudienceMismatch;
import org.causette.rooms.entity.Invitee;
import org.causette.rooms.entity.Member;
import org.causette.rooms.entity.NewPrivateRoom;
import org.causette.rooms.entity.NotRoomOwner;
import org.causette.rooms.entity.Room;
import org.causette.rooms.entity.RoomNotFound;
import org.causette.rooms.entity.TooManyRooms;
import org.causette.kit.testing.MemoryMongo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PrivateRoomsTest {
    private static final Sender LOU = new Sender("lou", "Lou", Audience.teen);
    private static final Sender ADA = new Sender("ada", "Ada", Audience.teen);
    private static final Sender MAX = new Sender("max", "Max", Audience.adult);

    private MemoryMongo mongo;
    private RoomStore rooms;
    private PrivateRooms cut;
    private final List<String> announced = new ArrayList<>();

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
        rooms = mongo.store(RoomStore.class);
        cut = new PrivateRooms();
        cut.rooms = rooms;
        cut.store = mongo.store(PrivateRoomStore.class);
        cut.publisher = new InvitationPublisher() {
            @Override
            public void invited(Room room, Sender from, String inviteeSessionId) {
                announced.add(room.id() + ">" + inviteeSessionId);
            }
        };
        cut.presence = new PresencePublisher() {
            @Override
            public void joined(String roomId, Audience audience, Member member) {
                announced.add(roomId + "+" + member.sessionId());
            }
        };
        cut.slowMode = new SlowModePublisher() {
            @Override
            public void changed(String roomId, int seconds) {
                announced.add(roomId + "~" + seconds);
            }
        };
        cut.capacity = 25;
        cut.maxPerSession = 2;
        cut.maxInvitations = 3;
        cut.emptyMinutes = 30;
        rooms.seed(new SeedRoom("ados", "Ados", "t", Audience.teen, 200));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void theCreatorOwnsARoomOfItsBracketAndIsItsFirstMember() {
        var room = create(LOU, "  Potes du lycée ");
        assertEquals("private", room.kind());
        assertEquals(Audience.teen, room.audience());
        assertEquals("Potes du lycée", room.name());
        assertEquals(1, room.members());
        assertEquals(25, room.capacity());
        assertEquals("lou", room.ownerSessionId());
        assertEquals("teen", rooms.membership(room.id(), "lou").audience().name());
    }

    @Test
    void aPrivateRoomIsListedOnlyToItsOwnerMembersAndInvitees() {
        var room = create(LOU, "Potes");
        assertTrue(ids(Audience.teen, "lou").contains(room.id()));
        assertFalse(ids(Audience.teen, "ada").contains(room.id()));
        assertFalse(ids(Audience.adult, "max").contains(room.id()));
        assertTrue(ids(Audience.teen, "ada").contains("ados"));
        cut.invite(room.id(), LOU, invitee(ADA));
        assertTrue(ids(Audience.teen, "ada").contains(room.id()));
    }

    @Test
    void onlyInviteesJoinOthersDoNotEvenFindTheRoom() {
        var room = create(LOU, "Potes");
        assertThrows(RoomNotFound.class, () -> rooms.join(room.id(), Audience.teen, member(ADA)));
        assertThrows(RoomNotFound.class, () -> rooms.membership(room.id(), "ada"));
        assertThrows(RoomNotFound.class, () -> rooms.membersSeenBy(room.id(), "ada"));
        cut.invite(room.id(), LOU, invitee(ADA));
        assertEquals(List.of(room.id() + "+lou", room.id() + ">ada"), announced);
        assertTrue(rooms.join(room.id(), Audience.teen, member(ADA)));
        assertEquals(2, rooms.membersSeenBy(room.id(), "ada").size());
    }

    @Test
    void theWallHoldsForInvitationsAndNothingIsAnnounced() {
        var teenRoom = create(LOU, "Potes");
        var adultRoom = create(MAX, "Apéro");
        assertThrows(AudienceMismatch.class, () -> cut.invite(teenRoom.id(), LOU, invitee(MAX)));
        assertThrows(AudienceMismatch.class, () -> cut.invite(adultRoom.id(), MAX, invitee(LOU)));
        assertTrue(announced.stream().noneMatch(a -> a.contains(">")));
        assertFalse(ids(Audience.adult, "max").contains(teenRoom.id()));
        assertFalse(ids(Audience.teen, "lou").contains(adultRoom.id()));
        assertThrows(RoomNotFound.class, () -> rooms.join(adultRoom.id(), Audience.teen, member(LOU)));
    }

    @Test
    void onlyTheOwnerInvitesAndChangesSlowMode() {
        var room = create(LOU, "Potes");
        cut.invite(room.id(), LOU, invitee(ADA));
        var other = new Sender("zoe", "Zoe", Audience.teen);
        assertThrows(NotRoomOwner.class, () -> cut.invite(room.id(), ADA, invitee(other)));
        assertThrows(NotRoomOwner.class, () -> cut.changeSlowMode(room.id(), "ada", 10));
        assertThrows(NotRoomOwner.class, () -> cut.changeSlowMode("ados", "ada", 10));
        assertThrows(RoomNotFound.class, () -> cut.invite(room.id(), other, invitee(ADA)));
        assertEquals(10, cut.changeSlowMode(room.id(), "lou", 10).slowModeSeconds());
        assertTrue(announced.contains(room.id() + "~10"), announced::toString);
        assertEquals(10, rooms.membership(room.id(), "lou").slowModeSeconds());
        var invalid = assertThrows(ProblemException.class, () -> cut.changeSlowMode(room.id(), "lou", 3601));
        assertEquals("invalid-field", invalid.code());
    }

    @Test
    void invitingTwiceAnnouncesOnceAndTheListIsBounded() {
        var room = create(LOU, "Potes");
        cut.invite(room.id(), LOU, invitee(ADA));
        cut.invite(room.id(), LOU, invitee(ADA));
        assertEquals(1, announced.stream().filter(a -> a.contains(">")).count());
        cut.invite(room.id(), LOU, invitee(new Sender("b", "B", Audience.teen)));
        cut.invite(room.id(), LOU, invitee(new Sender("c", "C", Audience.teen)));
        var full = assertThrows(ProblemException.class,
                () -> cut.invite(room.id(), LOU, invitee(new Sender("d", "D", Audience.teen))));
        assertEquals("too-many-invitations", full.code());
        assertThrows(ProblemException.class, () -> cut.invite(room.id(), LOU, invitee(LOU)));
    }

    @Test
    void aSessionOwnsALimitedNumberOfRooms() {
        create(LOU, "Un");
        create(LOU, "Deux");
        assertThrows(TooManyRooms.class, () -> create(LOU, "Trois"));
    }

    @Test
    void namesAndTopicsAreChecked() {
        for (var bad : new String[]{null, "a", " ", "x".repeat(41), "a\u202Eb", "a\nb"}) {
            var refused = assertThrows(ProblemException.class,
                    () -> cut.create(new NewPrivateRoom(bad, null), LOU, member(LOU)));
            assertEquals("invalid-field", refused.code(), String.valueOf(bad));
        }
        assertThrows(ProblemException.class, () -> cut.create(new NewPrivateRoom("Potes", "t".repeat(121)), LOU,
                member(LOU)));
        assertNull(cut.create(new NewPrivateRoom("Potes", "  "), LOU, member(LOU)).topic());
    }

    @Test
    void aRoomClosesWhenEmptyAfterItsOwnerSessionEnded() {
        var room = create(LOU, "Potes");
        cut.invite(room.id(), LOU, invitee(ADA));
        rooms.join(room.id(), Audience.teen, member(ADA));
        rooms.leave(room.id(), "lou");
        cut.afterLeave(room.id());
        cut.ownerEnded("lou");
        assertTrue(ids(Audience.teen, "ada").contains(room.id()), "still open while someone is in it");
        assertThrows(NotRoomOwner.class, () -> cut.changeSlowMode(room.id(), "lou", 5));
        rooms.leave(room.id(), "ada");
        cut.afterLeave(room.id());
        assertFalse(ids(Audience.teen, "ada").contains(room.id()));
        assertThrows(RoomNotFound.class, () -> rooms.join(room.id(), Audience.teen, member(ADA)));
    }

    @Test
    void anEmptyRoomWhoseOwnerLeftClosesAtOnceAndAStaleEmptyRoomClosesLater() {
        var ended = create(LOU, "Potes");
        rooms.leave(ended.id(), "lou");
        cut.afterLeave(ended.id());
        cut.ownerEnded("lou");
        assertThrows(RoomNotFound.class, () -> rooms.audienceOf(ended.id()));

        var idle = create(ADA, "Calme");
        rooms.leave(idle.id(), "ada");
        cut.afterLeave(idle.id());
        assertEquals(0, cut.store.closeEmptySince(java.time.Instant.now().minusSeconds(60)));
        assertEquals(1, cut.store.closeEmptySince(java.time.Instant.now().plusSeconds(1)));
    }

    private Room create(Sender owner, String name) {
        return cut.create(new NewPrivateRoom(name, "topic"), owner, member(owner));
    }

    private List<String> ids(Audience bracket, String sessionId) {
        return rooms.visibleTo(bracket, sessionId).stream().map(Room::id).toList();
    }

    private static Member member(Sender s) {
        return new Member(s.sessionId(), s.nickname(), null, null);
    }

    private static Invitee invitee(Sender s) {
        return new Invitee(s.sessionId(), s.nickname(), s.bracket());
    }
}
