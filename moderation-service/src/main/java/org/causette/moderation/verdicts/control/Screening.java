package org.causette.moderation.verdicts.control;

import jakarta.enterprise.context.ApplicationScoped;
import org.causette.contracts.ChatMessage;
import org.causette.kit.problems.ProblemException;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationEngine;
import org.causette.moderation.engine.ModerationSettings;
import org.causette.moderation.engine.Submission;
import org.causette.moderation.engine.Verdict;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

import java.util.HashMap;
import java.util.Map;

/**
 * The moderation engine, loaded once (it is thread-safe), tuned by the {@code causette.moderation.engine.*}
 * configuration properties (thresholds of the model per audience, rule toggles: see {@link ModerationSettings}).
 */
@ApplicationScoped
public class Screening {
    private static final System.Logger LOG = System.getLogger(Screening.class.getName());
    private volatile ModerationEngine engine;

    public Verdict message(ChatMessage message) {
        var channel = message.channel();
        return engine().evaluate(new Submission(message.text(), ContextMapping.of(channel),
                message.sender().sessionId(), ContextMapping.channelId(channel), message.sentAt()));
    }

    public Verdict name(String text, Context context) {
        return engine().evaluate(Submission.of(text, context));
    }

    private ModerationEngine engine() {
        var current = engine;
        if (current == null) {
            synchronized (this) {
                if (engine == null) {
                    try {
                        engine = ModerationEngine.withSettings(ModerationSettings.fromProperties(engineProperties(ConfigProvider.getConfig())));
                    } catch (RuntimeException e) {
                        LOG.log(System.Logger.Level.ERROR, "moderation engine failed to load", e);
                        throw ProblemException.unavailable("The moderation engine is unavailable.");
                    }
                }
                current = engine;
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
