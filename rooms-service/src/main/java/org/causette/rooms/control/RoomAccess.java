package org.causette.rooms.control;

import java.util.Collection;

/**
 * Who may see a room at all. A public room: its whole audience (the bracket check is the join's). A private room:
 * only its owner, its members and the sessions invited into it; for anyone else it does not exist (404), so that
 * neither its name nor its existence leaks.
 */
public final class RoomAccess {
    public static final String PUBLIC = "public";
    public static final String PRIVATE = "private";

    private RoomAccess() {
    }

    public static boolean isVisible(String kind, String ownerSessionId, Collection<String> invitees,
                                    Collection<String> members, String sessionId) {
        if (!PRIVATE.equals(kind)) {
            return true;
        }
        return sessionId != null && (sessionId.equals(ownerSessionId) || invitees.contains(sessionId)
                || members.contains(sessionId));
    }

    public static boolean mayJoin(String kind, String ownerSessionId, Collection<String> invitees, String sessionId) {
        return !PRIVATE.equals(kind) || sessionId.equals(ownerSessionId) || invitees.contains(sessionId);
    }
}
