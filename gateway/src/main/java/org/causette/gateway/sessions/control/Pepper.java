package org.causette.gateway.sessions.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.util.HexFormat;

/**
 * Keyed hashes of network addresses and device tokens: bans and limits can follow a person, while no raw address
 * or device token is ever stored or logged.
 */
@ApplicationScoped
public class Pepper {

    @Inject
    @ConfigProperty(name = "causette.gateway.pepper-location")
    String location;

    private volatile byte[] secret;

    public String hash(String kind, String value) {
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret(), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal((kind + ":" + value).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] secret() {
        if (secret == null) {
            try {
                secret = Files.readAllBytes(Path.of(location));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the pepper", e);
            }
        }
        return secret;
    }
}
