package org.causette.systemtests;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;

/** Mints tokens with the platform's own key, to prove that validity is more than a good signature. */
final class Tokens {
    private static final Base64.Encoder URL = Base64.getUrlEncoder().withoutPadding();

    private Tokens() {
    }

    static String signed(String payloadJson) throws Exception {
        var home = System.getProperty("causette.home", ".causette");
        var pem = Files.readString(Path.of(home, "keys", "token-private.pem"));
        var der = Base64.getDecoder().decode(pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", ""));
        return signedWith(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)), payloadJson);
    }

    /** Signed with a key of its own, which the platform has never seen. */
    static String foreign(String payloadJson) throws Exception {
        var generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return signedWith(generator.generateKeyPair().getPrivate(), payloadJson);
    }

    private static String signedWith(PrivateKey key, String payloadJson) throws Exception {
        var header = "{\"alg\":\"RS256\",\"typ\":\"JWT\",\"kid\":\"" + keyId((RSAPrivateCrtKey) key) + "\"}";
        var input = URL.encodeToString(header.getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
        var signature = Signature.getInstance("SHA256withRSA");
        signature.initSign(key);
        signature.update(input.getBytes(StandardCharsets.US_ASCII));
        return input + "." + URL.encodeToString(signature.sign());
    }

    /** The key's name in the platform's key set, as the gateway writes it: its RFC 7638 thumbprint. */
    private static String keyId(RSAPrivateCrtKey key) throws Exception {
        var canonical = "{\"e\":\"" + URL.encodeToString(magnitude(key.getPublicExponent())) + "\",\"kty\":\"RSA\",\"n\":\""
                + URL.encodeToString(magnitude(key.getModulus())) + "\"}";
        return URL.encodeToString(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] magnitude(BigInteger value) {
        var bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    static String unsigned(String payloadJson) {
        return URL.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + URL.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8)) + ".";
    }
}
