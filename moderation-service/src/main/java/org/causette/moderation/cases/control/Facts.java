package org.causette.moderation.cases.control;

import org.causette.moderation.cases.entity.CaseRecord;
import org.causette.moderation.cases.entity.CaseReport;
import org.causette.moderation.verdicts.entity.StoredVerdict;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** The facts and circumstances of a decision, as its statement of reasons tells them (never the reporters' ids). */
final class Facts {
    private Facts() {
    }

    static String of(CaseRecord record, StoredVerdict message, Instant decidedAt) {
        long reports = record.reports().stream().filter(r -> !"automatic".equals(r.source())).count();
        boolean flagged = record.reports().stream().anyMatch(r -> "automatic".equals(r.source()));
        var text = new StringBuilder();
        if (message != null) {
            text.append("Le message ").append(message.message().id());
            if (message.message().sentAt() != null) {
                text.append(" envoyé le ").append(message.message().sentAt().truncatedTo(ChronoUnit.SECONDS));
            }
            text.append(" a été examiné par un modérateur");
        } else {
            text.append("Le comportement signalé a été examiné par un modérateur");
        }
        text.append(" le ").append(decidedAt.truncatedTo(ChronoUnit.SECONDS)).append(", après ");
        if (flagged && reports > 0) {
            text.append("un signalement automatique et ").append(reports).append(" signalement(s) d'utilisateurs");
        } else if (flagged) {
            text.append("un signalement de la modération automatique");
        } else {
            text.append(reports).append(" signalement(s) d'utilisateurs");
        }
        text.append(" (catégories : ").append(String.join(", ",
                record.reports().stream().map(CaseReport::category).distinct().toList())).append(").");
        return text.toString();
    }
}
