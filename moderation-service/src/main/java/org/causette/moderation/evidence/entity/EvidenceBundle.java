package org.causette.moderation.evidence.entity;

import java.util.List;

/**
 * The evidence of an emergency case (DSA Art. 18), for the authorities: every item hash-chained, the last hash
 * ({@code finalHash}) signed with the platform's evidence key. Times are ISO-8601 with the Paris offset.
 */
public record EvidenceBundle(String caseId, String generatedAt, String generatedBy, String timeZone,
                             List<EvidenceItem> items, String finalHash, Signature signature) {

    /** {@code value}: HMAC-SHA256 of {@code finalHash} (its UTF-8 hex text), base64; {@code keyId} names the key. */
    public record Signature(String algorithm, String keyId, String value) {
    }
}
