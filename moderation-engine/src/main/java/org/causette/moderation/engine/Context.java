package org.causette.moderation.engine;

/** Where a text is posted. TEEN_DIRECT is a private conversation with a teen in it. */
public enum Context {
    ADULT_ROOM, TEEN_ROOM, ADULT_DIRECT, TEEN_DIRECT, NICKNAME, ROOM_NAME;

    public boolean teenPresent() {
        return this == TEEN_ROOM || this == TEEN_DIRECT;
    }

    public boolean isName() {
        return this == NICKNAME || this == ROOM_NAME;
    }

    public boolean isDirect() {
        return this == ADULT_DIRECT || this == TEEN_DIRECT;
    }

    /** Kebab-case key used in settings ("teen-room"). */
    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
