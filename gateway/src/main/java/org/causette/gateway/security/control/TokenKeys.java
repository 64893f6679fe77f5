package org.causette.gateway.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.kit.json.Jsons;
import jakarta.json.JsonObject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The RSA key that signs tokens (PEM, PKCS#8) and the public keys that verify them: a JWKS (or one PEM key), the
 * current key and the previous ones during a rotation. Keys are named by their JWK thumbprint (RFC 7638), the
 * {@code kid} of every token, so a token signed before a rotation still finds its key.
 */
@ApplicationScoped
public class TokenKeys {
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder BASE64URL_DECODER = Base64.getUrlDecoder();

    @Inject
    @ConfigProperty(name = "causette.gateway.token.private-key-location")
    String privateKeyLocation;

    @Inject
    @ConfigProperty(name = "causette.gateway.token.public-key-location")
    String publicKeyLocation;

    private volatile Signing signing;
    private volatile Map<String, PublicKey> verifying;

    public record Signing(PrivateKey key, String keyId) {
    }

    public Signing signing() {
        if (signing == null) {
            var key = (RSAPrivateCrtKey) parse(privateKeyLocation, text -> KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(pem(text))));
            signing = new Signing(key, thumbprint(key.getModulus(), key.getPublicExponent()));
        }
        return signing;
    }

    /** The public key named {@code keyId}; a token without one (issued before keys had names) takes the signer's. */
    public Optional<PublicKey> verifying(String keyId) {
        if (verifying == null) {
            verifying = parse(publicKeyLocation, TokenKeys::publicKeys);
        }
        return Optional.ofNullable(verifying.get(keyId != null ? keyId : signing().keyId()));
    }

    static Map<String, PublicKey> publicKeys(String text) throws GeneralSecurityException {
        var keys = new LinkedHashMap<String, PublicKey>();
        var factory = KeyFactory.getInstance("RSA");
        if (text.strip().startsWith("{")) {
            JsonObject jwks;
            try (var reader = Jsons.createReader(new StringReader(text))) {
                jwks = reader.readObject();
            }
            for (var jwk : jwks.getJsonArray("keys").getValuesAs(JsonObject.class)) {
                var n = new BigInteger(1, BASE64URL_DECODER.decode(jwk.getString("n")));
                var e = new BigInteger(1, BASE64URL_DECODER.decode(jwk.getString("e")));
                keys.put(thumbprint(n, e), factory.generatePublic(new RSAPublicKeySpec(n, e)));
            }
        } else {
            var key = (RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(pem(text)));
            keys.put(thumbprint(key.getModulus(), key.getPublicExponent()), key);
        }
        return Map.copyOf(keys);
    }

    /** RFC 7638: SHA-256 of the key's required members in lexical order, base64url. */
    static String thumbprint(BigInteger modulus, BigInteger exponent) {
        var canonical = "{\"e\":\"" + unsigned(exponent) + "\",\"kty\":\"RSA\",\"n\":\"" + unsigned(modulus) + "\"}";
        try {
            return BASE64URL.encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String unsigned(BigInteger value) {
        var bytes = value.toByteArray();
        return BASE64URL.encodeToString(bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes);
    }

    private static byte[] pem(String text) {
        return Base64.getDecoder().decode(text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
    }

    private interface KeyParser<K> {
        K parse(String text) throws GeneralSecurityException;
    }

    private static <K> K parse(String location, KeyParser<K> parser) {
        try {
            return parser.parse(Files.readString(Path.of(location.replaceFirst("^file:", ""))));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key " + location, e);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("invalid key " + location, e);
        }
    }
}
