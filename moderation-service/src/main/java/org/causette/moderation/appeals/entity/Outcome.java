package org.causette.moderation.appeals.entity;

import java.util.Optional;

public enum Outcome {
    UPHELD("upheld"),
    REVERSED("reversed");

    private final String id;

    Outcome(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<Outcome> of(String id) {
        for (var o : values()) {
            if (o.id.equals(id)) {
                return Optional.of(o);
            }
        }
        return Optional.empty();
    }
}
