package org.causette.moderation.sanctions.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.Events;
import org.causette.moderation.audit.control.AuditStore;
import org.causette.moderation.sanctions.entity.Sanction;
import org.causette.moderation.statements.control.StatementsOfReasons;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/** After a warning: suspends the session automatically when it is a repeat offender (DSA Art. 23). */
@ApplicationScoped
public class RepeatOffenders {
    private static final System.Logger LOG = System.getLogger(RepeatOffenders.class.getName());
    public static final String ACTOR = "system:repeat-offenders";

    @Inject
    SanctionStore sanctions;

    @Inject
    SanctionPublisher publisher;

    @Inject
    StatementsOfReasons statements;

    @Inject
    AuditStore audit;

    @Inject
    @ConfigProperty(name = "causette.moderation.repeat-offenders.warnings", defaultValue = "3")
    int warnings;

    @Inject
    @ConfigProperty(name = "causette.moderation.repeat-offenders.window-days", defaultValue = "30")
    int windowDays;

    @Inject
    @ConfigProperty(name = "causette.moderation.repeat-offenders.suspension-minutes", defaultValue = "10080")
    long suspensionMinutes;

    RepeatOffenderRule rule;

    @PostConstruct
    void init() {
        rule = new RepeatOffenderRule(warnings, Duration.ofDays(windowDays));
    }

    /** @return the suspension, when this warning made the session a repeat offender */
    public Optional<Sanction> afterWarning(String sessionId, String caseId) {
        var now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        if (!rule.suspends(sanctions.ofSession(sessionId), now)) {
            return Optional.empty();
        }
        var until = now.plus(Duration.ofMinutes(suspensionMinutes));
        var statementId = StatementsOfReasons.newId();
        var statementUrl = statements.automaticSuspension(statementId, sessionId, caseId, warnings, windowDays,
                suspensionMinutes, until, now);
        var suspension = new Sanction(Events.newId(), sessionId, null, "ban", until,
                "Suspension automatique après " + warnings + " avertissements en " + windowDays + " jours",
                "dsa:art-23", caseId, Events.newId(), statementId, ACTOR, now, null);
        sanctions.store(suspension);
        publisher.sanctioned(suspension, statementUrl);
        audit.record(ACTOR, "automatic-suspension", sessionId, "sanctionId", suspension.sanctionId(),
                "statementId", statementId, "until", until.toString());
        LOG.log(System.Logger.Level.INFO, "session {0} suspended automatically as a repeat offender", sessionId);
        return Optional.of(suspension);
    }
}
