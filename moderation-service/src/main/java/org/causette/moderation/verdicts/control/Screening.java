package org.causette.moderation.verdicts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.ChatMessage;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationEngine;
import org.causette.moderation.engine.ModerationSettings;
import org.causette.moderation.engine.Submission;
import org.causette.moderation.engine.Verdict;
import org.causette.moderation.engine.conversation.ConversationModeration;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/**
 * The moderation engine, loaded once (it is thread-safe), tuned by the {@code causette.moderation.engine.*}
 * configuration properties (thresholds of the model per audience, rule toggles: see {@link ModerationSettings}).
 */
@ApplicationScoped
public class Screening {
    private static final System.Logger LOG = System.getLogger(Screening.class.getName());
    private volatile Loaded loaded;

    @Inject
    ConversationMemory memory;

    /**
     * In a room or conversation with teens, the sender's own last messages there count too: grooming spread over
     * several messages (the age, then another app, then a photo) is held although each message alone passes.
     */
    public Verdict message(ChatMessage message) {
        var channel = message.channel();
        var context = ContextMapping.of(channel);
        var channelId = ContextMapping.channelId(channel);
        var submission = new Submission(message.text(), context, message.sender().sessionId(), channelId,
                message.sentAt());
        if (!context.teenPresent()) {
            return engine().evaluate(submission);
        }
        var now = Instant.now();
        var verdict = conversations().decide(submission, memory.turns(channelId, now));
        memory.add(channelId, message.sender().sessionId(), message.text(), now);
        return verdict;
    }

    public Verdict name(String text, Context context) {
        return engine().evaluate(Submission.of(text, context));
    }

    private ModerationEngine engine() {
        return loaded().engine();
    }

    private ConversationModeration conversations() {
        return loaded().conversations();
    }

    private record Loaded(ModerationEngine engine, ConversationModeration conversations) {
    }

    private Loaded loaded() {
        var current = loaded;
        if (current == null) {
            synchronized (this) {
                if (loaded == null) {
                    try {
                        var settings = ModerationSettings.fromProperties(engineProperties(ConfigProvider.getConfig()));
                        var engine = ModerationEngine.withSettings(settings);
                        loaded = new Loaded(engine, new ConversationModeration(engine, settings));
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.ERROR, "moderation engine failed to load", e);
                        throw ProblemException.unavailable("The moderation engine is unavailable.");
                    }
                }
                current = loaded;
            }
        }
        return current;
    }

    static Map<String, String> engineProperties(Config config) {
        Map<String, String> properties = new HashMap<>();
        for (String name : config.getPropertyNames()) {
            if (name.startsWith(ModerationSettings.PREFIX)) {
                config.getOptionalValue(name, String.class).ifPresent(v -> properties.put(name, v));
            }
        }
        return properties;
    }
}
