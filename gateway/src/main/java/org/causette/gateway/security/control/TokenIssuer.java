package org.causette.gateway.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.kit.json.Jsons;
import jakarta.json.JsonObjectBuilder;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Signs RS256 JWTs that every service verifies with MicroProfile JWT. */
@ApplicationScoped
public class TokenIssuer {
    static final String ISSUER = "causette";
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @Inject
    TokenKeys keys;

    public String issue(String subject, String nickname, List<String> groups, Map<String, String> claims,
                        Instant expiresAt) {
        return issue(subject, nickname, groups, claims, expiresAt, UUID.randomUUID().toString());
    }

    /** @param tokenId the {@code jti}, which a chat session records to accept only its current token */
    public String issue(String subject, String nickname, List<String> groups, Map<String, String> claims,
                        Instant expiresAt, String tokenId) {
        var now = Instant.now();
        JsonObjectBuilder payload = Jsons.createObjectBuilder()
                .add("iss", ISSUER)
                .add("sub", subject)
                .add("upn", nickname)
                .add("nickname", nickname)
                .add("jti", tokenId)
                .add("iat", now.getEpochSecond())
                .add("exp", expiresAt.getEpochSecond())
                .add("groups", Jsons.createArrayBuilder(groups));
        claims.forEach((name, value) -> {
            if (value != null) {
                payload.add(name, value);
            }
        });
        var signer = keys.signing();
        var header = Jsons.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", signer.keyId())
                .build();
        var signingInput = encode(header.toString()) + "." + encode(payload.build().toString());
        return signingInput + "." + BASE64URL.encodeToString(sign(signingInput, signer.key()));
    }

    private static byte[] sign(String signingInput, java.security.PrivateKey key) {
        try {
            var signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(key);
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signature.sign();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a token", e);
        }
    }

    private static String encode(String json) {
        return BASE64URL.encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
