package org.causette.moderation.engine;

/** The moderation categories, with the identifiers used in verdicts. */
public enum Category {
    CHILD_SAFETY("child-safety"),
    SEXUAL("sexual"),
    HARASSMENT("harassment"),
    HATE("hate"),
    THREAT("threat"),
    PERSONAL_DATA("personal-data"),
    SPAM("spam"),
    ILLEGAL_OTHER("illegal-other");

    private final String id;

    Category(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Category fromId(String id) {
        for (Category c : values()) {
            if (c.id.equals(id)) {
                return c;
            }
        }
        throw new IllegalArgumentException("unknown category: " + id);
    }
}
