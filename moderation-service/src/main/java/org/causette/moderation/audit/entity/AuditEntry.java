package org.causette.moderation.audit.entity;

import jakarta.json.bind.annotation.JsonbNillable;

import java.time.Instant;
import java.util.Map;

/**
 * One staff action in the append-only audit log. {@code hash} is the SHA-256 of the entry's canonical form, which
 * includes {@code prevHash}, the hash of the entry before it: changing or removing any entry breaks the chain.
 *
 * @param actor   the staff username (or {@code (unknown)} for a failed login on no account)
 * @param action  e.g. login-succeeded, login-failed, case-viewed, decision, appeal-decided, export
 * @param target  what the action was about (a case id, an appeal id, a report period), may be null
 * @param details small string facts (never message texts, passwords or tokens)
 */
@JsonbNillable
public record AuditEntry(long seq, Instant at, String actor, String action, String target, Map<String, String> details,
                         String prevHash, String hash) {
}
