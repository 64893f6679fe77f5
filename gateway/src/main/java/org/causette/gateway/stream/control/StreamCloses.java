package org.causette.gateway.stream.control;

import jakarta.websocket.CloseReason;

/** Why the gateway closes a stream: a close code and a stable reason word, as documented in docs/security.md. */
public final class StreamCloses {
    /** The token expired, or the session ended or moved to a new token: renew (or open a session) and reopen. */
    public static final int TOKEN_NO_LONGER_VALID = 4001;
    public static final int BANNED_CODE = 4003;
    public static final int REPLACED_CODE = 4008;

    public static final CloseReason BANNED = new CloseReason(CloseReason.CloseCodes.getCloseCode(BANNED_CODE), "banned");
    public static final CloseReason REPLACED = new CloseReason(CloseReason.CloseCodes.getCloseCode(REPLACED_CODE),
            "too-many-streams: a newer stream of this session replaced it");
    public static final CloseReason TOO_BIG = new CloseReason(CloseReason.CloseCodes.TOO_BIG,
            "message-too-big: 64 KiB at most");
    public static final CloseReason IDLE = new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "idle");
    public static final CloseReason TOKEN_EXPIRED = tokenReason("token-expired");
    public static final CloseReason TOKEN_RENEWED = tokenReason("token-renewed");
    public static final CloseReason SESSION_ENDED = tokenReason("session-ended");

    private StreamCloses() {
    }

    private static CloseReason tokenReason(String word) {
        return new CloseReason(CloseReason.CloseCodes.getCloseCode(TOKEN_NO_LONGER_VALID), word);
    }
}
