package org.causette.moderation.evidence.entity;

import java.util.Map;

/**
 * One piece of evidence in a bundle's hash chain: {@code hash} = SHA-256 (hex) of the canonical JSON of
 * {@code {"seq","kind","content","prevHash"}} (keys sorted, no spaces); {@code prevHash} of the first is 64 zeros.
 *
 * @param kind case, report, message, verdict, decision or sanction
 */
public record EvidenceItem(int seq, String kind, Map<String, Object> content, String prevHash, String hash) {
}
