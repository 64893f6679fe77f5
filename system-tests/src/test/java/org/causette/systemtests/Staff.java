package org.causette.systemtests;

import jakarta.json.Json;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Staff accounts of the local stack: the bootstrap moderator and admin, and accounts the admin creates per test. */
public final class Staff {
    static final String PASSWORD = "a long test password";

    private Staff() {
    }

    public static String login(String username, String password) {
        var login = Platform.call("POST", "/staff/sessions", null, Json.createObjectBuilder()
                .add("username", username).add("password", password).build().toString(),
                "X-Forwarded-For", Platform.newAddress());
        assertEquals(201, login.status(), () -> "login of " + username + ": " + login);
        return login.object().getString("token");
    }

    public static String moderator() {
        return login("moderator", "local-moderator");
    }

    public static String admin() {
        return login("admin", "local-admin");
    }

    /** A new account with these roles, logged in: its token. */
    public static String create(String prefix, String... roles) {
        var username = Platform.nickname(prefix).toLowerCase();
        var created = Platform.call("POST", "/staff/accounts", admin(), Json.createObjectBuilder()
                .add("username", username).add("password", PASSWORD).add("roles", Json.createArrayBuilder(
                        java.util.List.of(roles))).build().toString());
        assertEquals(201, created.status(), created::toString);
        return login(username, PASSWORD);
    }
}
