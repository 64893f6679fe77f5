package org.causette.moderation.evidence.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.moderation.evidence.entity.EvidenceKeyMissing;
import org.eclipse.microprofile.config.Config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The HMAC key that signs evidence bundles: a secret with no default. Read from the file named by
 * {@code causette.moderation.evidence-key-location} (trailing line breaks ignored), else taken from
 * {@code causette.moderation.evidence-key}; at least 32 bytes. Read on each use, so a key put in place later works.
 */
@ApplicationScoped
public class EvidenceKey {
    static final String LOCATION = "causette.moderation.evidence-key-location";
    static final String INLINE = "causette.moderation.evidence-key";
    static final int MIN_BYTES = 32;

    @Inject
    Config config;

    public byte[] get() {
        var location = value(LOCATION);
        byte[] key;
        if (location.isPresent()) {
            try {
                key = trimLineBreaks(Files.readAllBytes(Path.of(location.get())));
            } catch (IOException | RuntimeException e) {
                throw new EvidenceKeyMissing("The evidence key file (" + LOCATION + ") cannot be read.");
            }
        } else {
            key = value(INLINE).map(k -> k.getBytes(StandardCharsets.UTF_8)).orElseThrow(() -> new EvidenceKeyMissing(
                    "No evidence key is configured: set " + LOCATION + " (CAUSETTE_EVIDENCE_KEY_LOCATION) to a key file."));
        }
        if (key.length < MIN_BYTES) {
            throw new EvidenceKeyMissing("The evidence key is shorter than " + MIN_BYTES + " bytes.");
        }
        return key;
    }

    private Optional<String> value(String name) {
        try {
            return config.getOptionalValue(name, String.class).filter(v -> !v.isBlank());
        } catch (NoSuchElementException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    static byte[] trimLineBreaks(byte[] bytes) {
        int end = bytes.length;
        while (end > 0 && (bytes[end - 1] == '\n' || bytes[end - 1] == '\r')) {
            end--;
        }
        return Arrays.copyOf(bytes, end);
    }
}
