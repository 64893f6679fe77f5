package org.causette.gateway.security.control;

import org.causette.gateway.security.entity.Unauthenticated;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class TokenKeysTest {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();

    @TempDir
    Path dir;

    @Test
    void keyIdsAreRfc7638Thumbprints() {
        // the example key of RFC 7638, section 3.1
        var n = new BigInteger(1, Base64.getUrlDecoder().decode("0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4"
                + "cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECPebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ"
                + "5v-65YGjQR0_FDW2QvzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6WeZu"
                + "0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw"));
        assertEquals("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs", TokenKeys.thumbprint(n, BigInteger.valueOf(65537)));
    }

    @Test
    void aTokenSignedBeforeARotationStillVerifiesAndAnUnknownKeyDoesNot() throws Exception {
        var previous = rsa();
        var current = rsa();
        var before = issuer(previous, jwks(previous));
        var token = before.issue("s1", "Nina", List.of("chatter"), Map.of(), Instant.now().plusSeconds(60));

        var rotated = issuer(current, jwks(current, previous));
        assertEquals("s1", verifier(rotated.keys).verify(token).subject(), "signed with the previous key");
        var fresh = rotated.issue("s2", "Omar", List.of("chatter"), Map.of(), Instant.now().plusSeconds(60));
        assertEquals("s2", verifier(rotated.keys).verify(fresh).subject());

        var retired = issuer(current, jwks(current));
        assertThrows(Unauthenticated.class, () -> verifier(retired.keys).verify(token), "previous key retired");
    }

    private TokenIssuer issuer(KeyPair signer, String jwks) throws Exception {
        var keys = new TokenKeys();
        keys.privateKeyLocation = write("private-" + System.nanoTime() + ".pem", "-----BEGIN PRIVATE KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(signer.getPrivate().getEncoded()) + "\n-----END PRIVATE KEY-----\n");
        keys.publicKeyLocation = write("keys-" + System.nanoTime() + ".jwks", jwks);
        var issuer = new TokenIssuer();
        issuer.keys = keys;
        return issuer;
    }

    private static TokenVerifier verifier(TokenKeys keys) {
        var verifier = new TokenVerifier();
        verifier.keys = keys;
        return verifier;
    }

    private String write(String name, String content) throws Exception {
        return Files.writeString(dir.resolve(name), content).toString();
    }

    private static KeyPair rsa() throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static String jwks(KeyPair... pairs) {
        var keys = new StringBuilder();
        for (var pair : pairs) {
            var key = (RSAPublicKey) pair.getPublic();
            keys.append(keys.isEmpty() ? "" : ",").append("{\"kty\":\"RSA\",\"e\":\"AQAB\",\"n\":\"")
                    .append(BASE64URL.encodeToString(unsigned(key.getModulus()))).append("\"}");
        }
        return "{\"keys\":[" + keys + "]}";
    }

    private static byte[] unsigned(BigInteger value) {
        var bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
