package org.causette.moderation.evidence.entity;

/** Why the case suggests a threat to someone's life or safety. */
public record EmergencyRequest(String reason) {
}
