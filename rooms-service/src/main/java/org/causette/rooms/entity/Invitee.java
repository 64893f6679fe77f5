package org.causette.rooms.entity;

import org.causette.contracts.Audience;

/** The session to invite, as the gateway (which owns sessions) knows it. */
public record Invitee(String sessionId, String nickname, Audience bracket) {
}
