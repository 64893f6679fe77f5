package org.causette.moderation.statements.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.moderation.statements.entity.Restriction;
import org.causette.moderation.statements.entity.Statement;
import org.causette.moderation.verdicts.entity.StoredVerdict;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;

/** Drafts, stores and links the statements of reasons (DSA Art. 17) of automatic verdicts and of decisions. */
@ApplicationScoped
public class StatementsOfReasons {
    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    StatementStore store;

    @Inject
    @ConfigProperty(name = "causette.moderation.public-base-url", defaultValue = "http://localhost:8080")
    String publicBaseUrl;

    @Inject
    @ConfigProperty(name = "causette.moderation.appeal-contact", defaultValue = "appel@causette.chat")
    String appealContact;

    @Inject
    @ConfigProperty(name = "causette.moderation.automatic-ground", defaultValue = "terms:community-rules")
    String automaticGround;

    /**
     * A new statement id: 256 random bits, so nobody can compute or guess the statement of someone else's message or
     * sanction. Idempotency comes from where it is stored (the verdict or the decision records it once), not from
     * deriving it.
     */
    public static String newId() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public String url(String statementId) {
        if (statementId == null) {
            return null;
        }
        var base = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        return base + "/api/v1/statements/" + statementId;
    }

    /** Stores the statement of an automatic block, mask or hold (idempotent) and returns its public URL. */
    public String automatic(StoredVerdict stored) {
        var verdict = stored.verdict();
        var message = stored.message();
        var action = verdict.action().name();
        var statement = new Statement(stored.statementId(), stored.evaluatedAt(), action, "message",
                Drafts.automaticSummary(action),
                Drafts.automaticFacts(message.id(), message.sentAt(), verdict.categories(), verdict.ruleIds(), verdict.reason()),
                verdict.categories(),
                new Statement.Ground(automaticGround, Drafts.automaticGround(verdict.categories())),
                new Statement.Automation(true, true), null, null, redress(stored.statementId()));
        store.storeOnce(statement, message.sender().sessionId(), message.id(), stored.caseId());
        return url(statement.id());
    }

    /** Stores the statement of a moderator's decision and returns its public URL. */
    public String decision(Restriction r, Instant issuedAt) {
        var statement = new Statement(r.statementId(), issuedAt, r.decision(), r.scope(),
                Drafts.decisionSummary(r.decision(), r.durationMinutes(), r.until()), r.facts(), r.categories(),
                new Statement.Ground(r.ground(), r.reason()),
                new Statement.Automation(r.automatedDetection(), false), r.durationMinutes(), r.until(),
                redress(r.statementId()));
        store.storeOnce(statement, r.sessionId(), r.messageId(), r.caseId());
        return url(statement.id());
    }

    /**
     * Stores the statement of an automatic suspension of a repeat offender (DSA Art. 23): decided by automated means
     * after warnings given by moderators.
     */
    public String automaticSuspension(String statementId, String sessionId, String caseId, int warnings, int windowDays,
                                      long durationMinutes, Instant until, Instant issuedAt) {
        var statement = new Statement(statementId, issuedAt, "ban", "session",
                Drafts.decisionSummary("ban", durationMinutes, until),
                "Cette session a reçu " + warnings + " avertissements de modérateurs en " + windowDays
                        + " jours. La suspension a été décidée automatiquement par la plateforme (moyens automatisés), "
                        + "sans nouvel examen humain, en application de la règle sur les récidives.",
                java.util.List.of(),
                new Statement.Ground("dsa:art-23", "Les utilisateurs qui publient fréquemment des contenus illicites "
                        + "ou contraires aux règles sont suspendus pour une durée raisonnable après avertissement."),
                new Statement.Automation(false, true), durationMinutes, until, redress(statementId));
        store.storeOnce(statement, sessionId, null, caseId);
        return url(statementId);
    }

    private Statement.Redress redress(String statementId) {
        return new Statement.Redress(
                "Tu peux contester cette décision gratuitement pendant six mois en écrivant à " + appealContact
                        + " avec la référence " + statementId + " : une personne qui n'a pas pris la décision la réexaminera.",
                "Tu peux aussi t'adresser à un organisme de règlement extrajudiciaire des litiges certifié "
                        + "(règlement (UE) 2022/2065, art. 21).",
                "Tu gardes le droit de saisir la justice de ton pays.");
    }
}
