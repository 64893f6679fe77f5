package org.causette.moderation.statements.control;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** The French wording of statements of reasons (the platform's users read French). */
final class Drafts {
    private Drafts() {
    }

    static String automaticSummary(String action) {
        return switch (action) {
            case "block" -> "Message bloqué par la modération automatique : il n'a été remis à personne.";
            case "mask" -> "Message masqué par la modération automatique : les passages en cause ont été remplacés avant sa remise.";
            case "hold" -> "Message retenu par la modération automatique : il attend l'examen d'un modérateur avant toute remise.";
            default -> "Décision de la modération automatique sur un message.";
        };
    }

    static String automaticFacts(String messageId, Instant sentAt, List<String> categories, List<String> ruleIds,
                                 String reason) {
        return "Le message " + messageId + (sentAt == null ? "" : " envoyé le " + seconds(sentAt))
                + " a été analysé automatiquement à sa réception. Catégories détectées : "
                + (categories.isEmpty() ? "aucune" : String.join(", ", categories))
                + ". Règles appliquées : " + (ruleIds.isEmpty() ? "aucune" : String.join(", ", ruleIds))
                + "." + (reason == null || reason.isBlank() ? "" : " " + reason);
    }

    static String automaticGround(List<String> categories) {
        return "Les règles de la communauté interdisent les contenus de ces catégories"
                + (categories.isEmpty() ? "" : " (" + String.join(", ", categories) + ")") + ".";
    }

    static String decisionSummary(String decision, Long durationMinutes, Instant until) {
        return switch (decision) {
            case "remove-message" -> "Message retiré par un modérateur : il n'est plus visible.";
            case "warn" -> "Avertissement donné par un modérateur.";
            case "mute" -> "Interdiction d'écrire pendant " + durationMinutes + " minutes, jusqu'au " + seconds(until) + ".";
            case "kick" -> "Session fermée par un modérateur.";
            case "ban" -> until == null ? "Exclusion définitive de la plateforme."
                    : "Exclusion de la plateforme pendant " + durationMinutes + " minutes, jusqu'au " + seconds(until) + ".";
            default -> "Décision d'un modérateur.";
        };
    }

    private static Instant seconds(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.SECONDS);
    }
}
