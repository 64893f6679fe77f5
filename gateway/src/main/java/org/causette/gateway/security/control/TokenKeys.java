package org.causette.gateway.security.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;

/** The RSA pair that signs and verifies tokens, read once from PEM files named by config. */
@ApplicationScoped
public class TokenKeys {

    @Inject
    @ConfigProperty(name = "causette.gateway.token.private-key-location")
    String privateKeyLocation;

    @Inject
    @ConfigProperty(name = "causette.gateway.token.public-key-location")
    String publicKeyLocation;

    private volatile PrivateKey privateKey;
    private volatile PublicKey publicKey;

    public PrivateKey privateKey() {
        if (privateKey == null) {
            privateKey = read(privateKeyLocation, bytes -> KeyFactory.getInstance("RSA")
                    .generatePrivate(new PKCS8EncodedKeySpec(bytes)));
        }
        return privateKey;
    }

    public PublicKey publicKey() {
        if (publicKey == null) {
            publicKey = read(publicKeyLocation, bytes -> KeyFactory.getInstance("RSA")
                    .generatePublic(new X509EncodedKeySpec(bytes)));
        }
        return publicKey;
    }

    private interface KeyReader<K> {
        K read(byte[] der) throws GeneralSecurityException;
    }

    private static <K> K read(String location, KeyReader<K> reader) {
        try {
            var pem = Files.readString(Path.of(location.replaceFirst("^file:", "")));
            var base64 = pem.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return reader.read(Base64.getDecoder().decode(base64));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read key " + location, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("invalid key " + location, e);
        }
    }
}
