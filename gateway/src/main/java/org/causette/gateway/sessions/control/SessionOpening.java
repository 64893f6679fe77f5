package org.causette.gateway.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.causette.contracts.Audience;
import org.causette.gateway.ratelimit.control.RateLimits;
import org.causette.gateway.screening.control.NameScreening;
import org.causette.gateway.sanctions.control.SanctionBook;
import org.causette.gateway.security.control.TokenIssuer;
import org.causette.gateway.sessions.entity.ChatSession;
import org.causette.gateway.sessions.entity.NewSessionAnswer;
import org.causette.gateway.sessions.entity.SessionView;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/** Instant access without an account: checks, then a session and its signed token. */
@ApplicationScoped
public class SessionOpening {
    public static final int MINIMUM_AGE = 15;
    private static final Set<String> GENDERS = Set.of("f", "m", "x");
    private static final Pattern REGION = Pattern.compile("(FR|BE)-[A-Z0-9]{1,3}");
    private static final Pattern DEVICE_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    RateLimits limits;

    @Inject
    SanctionBook sanctions;

    @Inject
    NameScreening screening;

    @Inject
    SessionStore sessions;

    @Inject
    TokenIssuer tokens;

    @Inject
    Pepper pepper;

    @Inject
    DeviceWall wall;

    @Inject
    @ConfigProperty(name = "causette.gateway.session.ttl-minutes")
    long ttlMinutes;

    /**
     * @param deviceToken the caller's device token (see {@link #deviceToken}), a new one if it brought none
     */
    public NewSessionAnswer open(JsonObject request, String deviceToken, String addressHash) {
        var deviceHash = pepper.hash("device", deviceToken);
        limits.newSession(addressHash, deviceHash);
        var nickname = nickname(request);
        int age = age(request);
        var gender = optional(request, "gender", GENDERS::contains, "one of f, m, x");
        var region = optional(request, "region", r -> REGION.matcher(r).matches(), "an ISO 3166-2 code such as FR-75");
        wall.checkNotUnderAge(deviceHash, addressHash);
        if (age < MINIMUM_AGE) {
            wall.rememberUnderAge(deviceHash, addressHash);
            throw ProblemException.forbidden("under-minimum-age", "Causette is open from 15 years old.");
        }
        sanctions.checkMayOpenSession(deviceHash, addressHash);
        checkNicknameAllowed(nickname);
        var now = Instant.now();
        var session = new ChatSession(UUID.randomUUID().toString(), nickname, Audience.ofAge(age), gender, region,
                deviceHash, addressHash, now, now.plus(Duration.ofMinutes(ttlMinutes)), UUID.randomUUID().toString(),
                null, null);
        wall.claimBracket(deviceHash, session.bracket(), session.expiresAt());
        sessions.create(session);
        var token = tokens.issue(session.id(), nickname, List.of(session.bracket().name()),
                claims(session), session.expiresAt(), session.tokenId());
        return new NewSessionAnswer(token, new SessionView(session.id(), nickname, session.bracket(),
                session.expiresAt(), deviceToken));
    }

    static Map<String, String> claims(ChatSession session) {
        var claims = new java.util.HashMap<String, String>();
        claims.put("bracket", session.bracket().name());
        claims.put("gender", session.gender());
        claims.put("region", session.region());
        return claims;
    }

    private void checkNicknameAllowed(String nickname) {
        screening.check(nickname, NameScreening.NICKNAME, "nickname-rejected",
                "This nickname is not allowed here; choose another.");
    }

    private static String nickname(JsonObject request) {
        var value = request.get("nickname");
        if (!(value instanceof JsonString s) || !NicknameRules.isWellFormed(s.getString())) {
            throw new ProblemException(400, "invalid-nickname",
                    "nickname: 2 to 24 letters, digits, '_', '-' or '.'.");
        }
        return s.getString();
    }

    private static int age(JsonObject request) {
        var value = request.get("age");
        if (!(value instanceof JsonNumber n) || !n.isIntegral()) {
            throw new ProblemException(400, "invalid-age", "age: a whole number of years is required.");
        }
        var age = n.bigIntegerValue();
        if (age.signum() < 0 || age.compareTo(java.math.BigInteger.valueOf(120)) > 0) {
            throw new ProblemException(400, "invalid-age", "age: between 0 and 120.");
        }
        return age.intValue();
    }

    private static String optional(JsonObject request, String name, java.util.function.Predicate<String> valid,
                                   String expected) {
        var value = request.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonString s) || !valid.test(s.getString())) {
            throw ProblemException.invalidField(name, expected + " expected.");
        }
        return s.getString();
    }

    /** The device token the caller presented (the header wins over the cookie), or a new one. */
    public static String deviceToken(String header, String cookie) {
        if (isDeviceToken(header)) {
            return header;
        }
        return isDeviceToken(cookie) ? cookie : newDeviceToken();
    }

    public static boolean isDeviceToken(String value) {
        return value != null && DEVICE_TOKEN.matcher(value).matches();
    }

    private static String newDeviceToken() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
