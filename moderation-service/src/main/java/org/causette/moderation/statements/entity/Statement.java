package org.causette.moderation.statements.entity;

import java.time.Instant;
import java.util.List;

/**
 * A statement of reasons (DSA Art. 17): what was restricted and how, the facts, the ground, whether automated means
 * were used, for how long, and how to seek redress. Published to the person concerned through an unguessable link.
 *
 * @param decision       block, mask, hold, remove-message, warn, mute, kick or ban
 * @param scope          message (a content restriction) or session (a restriction of the account)
 * @param durationMinutes null when the restriction has no end (or no duration applies)
 * @param until          end of the restriction, null when permanent or instantaneous
 */
public record Statement(String id, Instant issuedAt, String decision, String scope, String summary, String facts,
                        List<String> categories, Ground ground, Automation automation, Long durationMinutes,
                        Instant until, Redress redress) {

    /** {@code reference} such as {@code terms:4.2}; {@code explanation} why it applies. */
    public record Ground(String reference, String explanation) {
    }

    /** {@code detection}: found by automated means; {@code decision}: decided by automated means. */
    public record Automation(boolean detection, boolean decision) {
    }

    /** The internal complaint (DSA Art. 20), out-of-court settlement (Art. 21) and judicial redress. */
    public record Redress(String internalComplaint, String outOfCourtSettlement, String judicialRedress) {
    }
}
