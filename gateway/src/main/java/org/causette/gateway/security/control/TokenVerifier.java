package org.causette.gateway.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.kit.json.Jsons;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.causette.contracts.Audience;
import org.causette.gateway.security.entity.Identity;
import org.causette.gateway.security.entity.Unauthenticated;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;


/** Checks signature, algorithm, issuer and expiry of a bearer token; any doubt is a 401. */
@ApplicationScoped
public class TokenVerifier {
    private static final Base64.Decoder BASE64URL = Base64.getUrlDecoder();

    @Inject
    TokenKeys keys;

    public Identity verify(String token) {
        if (token == null || token.isBlank()) {
            throw new Unauthenticated("A bearer token is required.");
        }
        var parts = token.split("\\.", -1);
        if (parts.length != 3) {
            throw new Unauthenticated("The token is malformed.");
        }
        try {
            var header = json(parts[0]);
            if (!"RS256".equals(header.getString("alg", ""))) {
                throw new Unauthenticated("The token is not signed as expected.");
            }
            var key = keys.verifying(header.getString("kid", null))
                    .orElseThrow(() -> new Unauthenticated("The token was signed with an unknown key."));
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initVerify(key);
            signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!signature.verify(BASE64URL.decode(parts[2]))) {
                throw new Unauthenticated("The token signature is invalid.");
            }
            var claims = json(parts[1]);
            var expiresAt = Instant.ofEpochSecond(claims.getJsonNumber("exp").longValueExact());
            if (!TokenIssuer.ISSUER.equals(claims.getString("iss", "")) || !expiresAt.isAfter(Instant.now())) {
                throw new Unauthenticated("The token has expired or was not issued here.");
            }
            var bracket = claims.getString("bracket", null);
            return new Identity(claims.getString("sub"), claims.getString("nickname", null),
                    bracket == null ? null : Audience.valueOf(bracket), claims.getString("gender", null),
                    claims.getString("region", null),
                    claims.getJsonArray("groups").getValuesAs(JsonString.class).stream().map(JsonString::getString)
                            .toList(),
                    expiresAt, claims.getString("jti", null), token);
        } catch (GeneralSecurityException | IllegalArgumentException | JsonException | ClassCastException
                 | NullPointerException | ArithmeticException e) {
            throw new Unauthenticated("The token is malformed.");
        }
    }

    private static JsonObject json(String part) {
        try (var reader = Jsons.createReader(new StringReader(new String(BASE64URL.decode(part),
                StandardCharsets.UTF_8)))) {
            return reader.readObject();
        }
    }

}
