package org.causette.moderation.identification.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.kit.identification.AddressCipher;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The AES-256 key that seals client addresses: a file of exactly 32 bytes named by
 * {@code causette.moderation.identification-key-location} (a secret: no default). Read on each use.
 */
@ApplicationScoped
public class IdentificationKey {
    static final String LOCATION = "causette.moderation.identification-key-location";

    @Inject
    Config config;

    public byte[] get() {
        String location;
        try {
            location = config.getOptionalValue(LOCATION, String.class).filter(v -> !v.isBlank()).orElse(null);
        } catch (NoSuchElementException | IllegalArgumentException e) {
            location = null;
        }
        if (location == null) {
            throw missing("No identification key is configured: set " + LOCATION
                    + " (CAUSETTE_IDENTIFICATION_KEY_LOCATION).");
        }
        try {
            var key = Files.readAllBytes(Path.of(location));
            if (key.length != AddressCipher.KEY_BYTES) {
                throw missing("The identification key must be " + AddressCipher.KEY_BYTES + " bytes.");
            }
            return key;
        } catch (IOException | RuntimeException e) {
            if (e instanceof ProblemException p) {
                throw p;
            }
            throw missing("The identification key file cannot be read.");
        }
    }

    private static ProblemException missing(String detail) {
        return new ProblemException(503, "identification-key-missing", detail, Map.of());
    }
}
