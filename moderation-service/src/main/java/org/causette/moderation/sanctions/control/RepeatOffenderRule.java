package org.causette.moderation.sanctions.control;

import org.causette.moderation.sanctions.entity.Sanction;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * DSA Art. 23(1): a session warned {@code warnings} times within {@code window} (warnings an appeal reversed do not
 * count) is suspended, unless a ban is already in force.
 */
public record RepeatOffenderRule(int warnings, Duration window) {

    public boolean suspends(List<Sanction> ofSession, Instant now) {
        if (warnings <= 0) {
            return false;
        }
        long recent = ofSession.stream().filter(s -> "warn".equals(s.action()) && s.liftedAt() == null
                && !s.issuedAt().isBefore(now.minus(window))).count();
        boolean banned = ofSession.stream().anyMatch(s -> "ban".equals(s.action()) && s.activeAt(now));
        return recent >= warnings && !banned;
    }
}
