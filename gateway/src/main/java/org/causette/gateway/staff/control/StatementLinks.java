package org.causette.gateway.staff.control;

import org.causette.kit.json.Jsons;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

import java.net.URI;
import java.util.regex.Pattern;

/**
 * Statement links in staff answers point at the host the request came to, whatever public base URL moderation-service
 * was configured with: a moderator on {@code https://moderation.example} gets links there, not to
 * {@code localhost:8080}. Only fields named {@code statement} holding a statement URL are touched.
 */
public final class StatementLinks {
    private static final Pattern STATEMENT = Pattern.compile("https?://[^/?#]+/api/v1/statements/([A-Za-z0-9_-]{1,100})");

    private StatementLinks() {
    }

    /** @param apiBase the request's {@code /api/v1/} base URI */
    public static JsonValue relink(JsonValue value, URI apiBase) {
        if (value instanceof JsonObject object) {
            var copy = Jsons.createObjectBuilder();
            object.forEach((key, v) -> copy.add(key, "statement".equals(key) && v instanceof JsonString s
                    ? relinked(s, apiBase) : relink(v, apiBase)));
            return copy.build();
        }
        if (value instanceof JsonArray array) {
            var copy = Jsons.createArrayBuilder();
            array.forEach(v -> copy.add(relink(v, apiBase)));
            return copy.build();
        }
        return value;
    }

    private static JsonValue relinked(JsonString url, URI apiBase) {
        var m = STATEMENT.matcher(url.getString());
        return m.matches() ? Jsons.createValue(apiBase.resolve("statements/" + m.group(1)).toString()) : url;
    }
}
