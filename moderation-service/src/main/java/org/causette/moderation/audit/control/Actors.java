package org.causette.moderation.audit.control;

import org.eclipse.microprofile.jwt.JsonWebToken;

/** The staff member behind a staff token: its {@code upn} (the username), else its subject. */
public final class Actors {
    private Actors() {
    }

    public static String of(JsonWebToken token) {
        var name = token.getName();
        return name == null ? token.getSubject() : name;
    }
}
