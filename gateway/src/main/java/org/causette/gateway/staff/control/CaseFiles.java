package org.causette.gateway.staff.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.kit.json.Jsons;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import org.causette.gateway.routing.control.MessagingClient;
import org.causette.gateway.routing.control.ModerationClient;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A case file as a moderator reads it: moderation-service's case (reports, message, verdicts, sanctions) with the
 * messages around the reported one from messaging-service, which owns the history. Without the context (messaging
 * down) the case file still comes, with {@code context: null}: a moderator can decide on what is there.
 */
@ApplicationScoped
public class CaseFiles {
    private static final System.Logger LOG = System.getLogger(CaseFiles.class.getName());

    @Inject
    ModerationClient moderation;

    @Inject
    MessagingClient messaging;

    @Inject
    @ConfigProperty(name = "causette.gateway.casework.context-messages")
    int contextMessages;

    public JsonObject caseFile(String bearer, String caseId) {
        var file = moderation.caseFile(bearer, caseId);
        var message = file.get("message") instanceof JsonObject m ? m : null;
        var context = message == null ? JsonValue.NULL : context(bearer, caseId, message);
        return Jsons.createObjectBuilder(file).add("context", context).build();
    }

    private JsonValue context(String bearer, String caseId, JsonObject message) {
        if (!(message.get("channel") instanceof JsonObject channel)) {
            return JsonValue.NULL;
        }
        var kind = channel.getString("kind", "");
        var id = channel.getString("id", null);
        if (id == null || !("room".equals(kind) || "conversation".equals(kind))) {
            return JsonValue.NULL;
        }
        try {
            return messaging.context(bearer, message.getString("id"), "room".equals(kind) ? id : null,
                    "conversation".equals(kind) ? id : null, message.getString("sentAt", null), contextMessages);
        } catch (ProblemException e) {
            LOG.log(System.Logger.Level.WARNING, "case {0}: no context from messaging ({1} {2})", caseId, e.status(),
                    e.code());
            return JsonValue.NULL;
        }
    }
}
