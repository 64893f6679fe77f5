package org.causette.moderation.verdicts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Sender;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Instant;
import java.util.List;

/**
 * Loads the moderation engine while the service starts, before it is ready, and runs it over a few thousand made-up
 * messages so that the JIT has compiled it when the first real ones come. Measured without this: in the first minute
 * after a start, messages waited up to 2 s for their verdict (rule files loaded on the first message, then the
 * engine interpreted). The made-up senders ({@code warm-up-N}) are no session id: their flood state concerns no one.
 */
@ApplicationScoped
public class EngineWarmUp {
    private static final System.Logger LOG = System.getLogger(EngineWarmUp.class.getName());
    private static final List<String> PHRASES = List.of("salut tout le monde", "ça va ?", "tu viens d'où", "je suis de Lyon",
            "on se voit demain au lycée", "quelle série tu regardes", "j'ai raté mon bus", "hello everyone", "what's up",
            "les devoirs de maths sont trop durs", "mon numéro c'est le 06 12 34 56 78", "écris-moi sur insta @pseudo",
            "regarde https://exemple.fr/page", "t'es vraiment nul", "ferme-la", "j'ai 15 ans et toi", "lol mdr 😂",
            "viens en privé", "bonne nuit à demain", "il fait beau à Bruxelles", "le match de ce soir", "ptdr jsp",
            "je déteste les lundis", "envoie une photo", "on joue à quoi ce soir", "c'est qui le modo ici");

    @Inject
    Screening screening;

    @Inject
    @ConfigProperty(name = "causette.moderation.warm-up-messages", defaultValue = "3000")
    int messages;

    void warmUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        long begin = System.nanoTime();
        var at = Instant.now();
        for (int i = 0; i < messages; i++) {
            var audience = i % 2 == 0 ? Audience.teen : Audience.adult;
            var channel = i % 3 == 0 ? Channel.conversation("warm-up", audience, List.of("warm-up-a", "warm-up-b"))
                    : Channel.room("warm-up-" + (i % 7), audience);
            var text = PHRASES.get(i % PHRASES.size()) + " " + PHRASES.get((i * 7 + 3) % PHRASES.size())
                    + (i % 5 == 0 ? " " + i : "");
            screening.message(new ChatMessage("warm-up-" + i, null, channel,
                    new Sender("warm-up-" + (i % 50), "Essai", audience), text, at));
        }
        LOG.log(System.Logger.Level.INFO, "moderation engine warmed up with {0} messages in {1} ms", messages,
                (System.nanoTime() - begin) / 1_000_000);
    }
}
