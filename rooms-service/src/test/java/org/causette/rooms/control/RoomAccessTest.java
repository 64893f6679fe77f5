package org.causette.rooms.control;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoomAccessTest {

    @Test
    void aPublicRoomIsVisibleAndJoinableByAnyone() {
        assertTrue(RoomAccess.isVisible("public", null, List.of(), List.of(), "s1"));
        assertTrue(RoomAccess.mayJoin("public", null, List.of(), "s1"));
    }

    @Test
    void aPrivateRoomExistsOnlyForItsOwnerMembersAndInvitees() {
        assertTrue(RoomAccess.isVisible("private", "owner", List.of("guest"), List.of("owner"), "owner"));
        assertTrue(RoomAccess.isVisible("private", "owner", List.of("guest"), List.of("owner"), "guest"));
        assertTrue(RoomAccess.isVisible("private", "owner", List.of(), List.of("owner", "member"), "member"));
        assertFalse(RoomAccess.isVisible("private", "owner", List.of("guest"), List.of("owner"), "stranger"));
        assertFalse(RoomAccess.isVisible("private", "owner", List.of("guest"), List.of("owner"), null));
    }

    @Test
    void onlyTheOwnerAndInviteesMayJoinAPrivateRoom() {
        assertTrue(RoomAccess.mayJoin("private", "owner", List.of("guest"), "owner"));
        assertTrue(RoomAccess.mayJoin("private", "owner", List.of("guest"), "guest"));
        assertFalse(RoomAccess.mayJoin("private", "owner", List.of("guest"), "stranger"));
    }
}
