package org.causette.moderation.engine.policy;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Category;

/** The short French sentences shown to the author of a message. */
public final class Reasons {

    private Reasons() {
    }

    public static String of(Action action, Category category) {
        if (action == Action.ALLOW || category == null) {
            return action == Action.HOLD ? held() : "Message accepté.";
        }
        if (action == Action.HOLD) {
            return category == Category.CHILD_SAFETY
                    ? "Ce message est retenu pour vérification : il ressemble à une approche qui peut mettre un mineur en danger."
                    : held();
        }
        if (action == Action.MASK) {
            return category == Category.PERSONAL_DATA
                    ? "Les coordonnées personnelles ont été masquées : elles ne peuvent pas être partagées ici."
                    : "Des termes explicites ont été masqués.";
        }
        return switch (category) {
            case CHILD_SAFETY -> "Ce message met en danger la sécurité d'un mineur et ne peut pas être envoyé.";
            case SEXUAL -> "Les contenus sexuels ne sont pas autorisés ici.";
            case HARASSMENT -> "Les insultes et le harcèlement ne sont pas autorisés.";
            case HATE -> "Les propos haineux ou discriminatoires sont interdits.";
            case THREAT -> "Les menaces sont interdites.";
            case PERSONAL_DATA -> "Les coordonnées personnelles ne peuvent pas être partagées ici.";
            case SPAM -> "Ce message ressemble à du spam ou à de l'envoi en masse.";
            case ILLEGAL_OTHER -> "Les échanges de produits ou services illégaux sont interdits.";
        };
    }

    /** A message held or blocked on the model's word alone: it reads as abusive, no rule named it. */
    public static String ofModel(Action action, Category category) {
        if (action == Action.HOLD) {
            return category == Category.HATE
                    ? "Ce message est retenu pour vérification : il pourrait être haineux ou discriminatoire."
                    : "Ce message est retenu pour vérification : il pourrait être insultant ou blessant.";
        }
        return of(action, category);
    }

    private static String held() {
        return "Ce message est retenu pour vérification par l'équipe de modération.";
    }
}
