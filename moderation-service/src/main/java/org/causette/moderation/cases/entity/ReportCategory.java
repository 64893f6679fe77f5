package org.causette.moderation.cases.entity;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** What a report or an automatic flag is about, and how urgent it is (1 first). */
public enum ReportCategory {
    CHILD_SAFETY("child-safety", 1),
    THREAT("threat", 2),
    HATE("hate", 3),
    SEXUAL("sexual", 3),
    HARASSMENT("harassment", 4),
    PERSONAL_DATA("personal-data", 4),
    SPAM("spam", 5),
    ILLEGAL_OTHER("illegal-other", 5),
    OTHER("other", 5);

    private final String id;
    private final int priority;

    ReportCategory(String id, int priority) {
        this.id = id;
        this.priority = priority;
    }

    public String id() {
        return id;
    }

    public int priority() {
        return priority;
    }

    public static Optional<ReportCategory> of(String id) {
        for (var c : values()) {
            if (c.id.equals(id)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The most urgent of the engine's categories; {@code other} when none is known. */
    public static ReportCategory mostUrgent(Collection<String> ids) {
        return ids.stream().map(ReportCategory::of).flatMap(Optional::stream)
                .min(Comparator.comparingInt(ReportCategory::priority)).orElse(OTHER);
    }
}
