package org.causette.moderation.engine.risk;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationEngine;
import org.causette.moderation.engine.Submission;
import org.causette.moderation.engine.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.causette.moderation.engine.SharedEngine.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grooming cues one message at a time (as the moderate command sees them) and over a conversation. */
class GroomingCuesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "ne dis rien à tes parents, c'est notre secret",
            "c'est notre secret",
            "ne le dis à personne",
            "dis le à personne hein",
            "dis pas à ta mère qu'on se parle",
            "tes parents doivent pas savoir qu'on parle",
            "t'as pas besoin de le dire à tes darons",
            "garde ça entre nous",
            "je te recharge ton forfait si tu m'envoies une photo",
            "je t'offre des skins si tu mets ta cam",
            "je te paye des v-bucks si on se voit",
            "je t'achète des robux si tu m'envoies un selfie",
            "si tu m'envoies une photo je te donne des robux",
            "combien pour une photo ?",
            "t'as quel âge ? 14 ? c'est parfait",
            "ta quel age ? 13 ? tant mieux",
            "l'âge c'est qu'un chiffre",
            "t'es mature pour ton âge",
            "t'es trop mature pour ton âge",
            "tu fais plus que ton âge",
            "mets ta cam, je veux te voir en vrai",
            "allume ta cam en pyjama",
            "envoie moi une photo de toi en pyjama",
            "t'es habillée comment là ?",
            "tes parents te comprennent pas, moi si",
            "je suis le seul qui te comprend",
            "efface nos messages",
            "supprime la conv après",
            "viens sur snap, ici c'est surveillé",
            "ici c'est surveillé, viens en pv sur insta",
            "viens bien seule",
            "ne ramène personne",
            "viens sans tes potes",
            "don't tell your parents, it's our secret",
            "it's our little secret",
            "keep this between us",
            "age is just a number",
            "you're so mature for your age",
            "delete our messages",
            "i'll buy you robux if you send a pic",
            "i'll give you vbucks if you turn on your cam",
            "turn on your cam i want to see you",
            "send me a pic of you in your bikini",
            "what are you wearing right now",
            "your parents don't understand you, i do",
            "i'm the only one who understands you",
            "come on snap, this chat is monitored",
            "don't bring anyone",
            "jte recharge ton forfait si tu menvoies une tof",
            "dis rien a tes darons stp",
            "c notre secret",
            "tes grave mature pour ton âge",
            "l age c qu un chiffre",
            "mets ta cam jveux te voir",
            "go snap c plus discret",
            "vien sur snap ici c surveillé",
            "don't tell ur parents",
            "ur so mature for ur age",
            "how much for a pic",
            "nobody understands you like i do",
            "jpeux te donner de la thune si on se voit",
    })
    void holdsGroomingCuesWhereATeenIsPresent(String text) {
        for (Context context : List.of(Context.TEEN_DIRECT, Context.TEEN_ROOM)) {
            Verdict v = verdict(text, context);
            assertTrue(v.action().ordinal() >= Action.HOLD.ordinal(), context + ": " + text + " -> " + v);
            assertTrue(v.categories().contains("child-safety"), context + ": " + text + " -> " + v);
        }
    }

    @Test
    void explainsTheHold() {
        Verdict v = verdict("c'est notre secret", Context.TEEN_DIRECT);
        assertEquals(Action.HOLD, v.action());
        assertTrue(v.reason().contains("mineur"), v.reason());
        assertTrue(v.ruleIds().contains("child-safety.grooming.secrecy"), v::toString);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "c'est notre secret",
            "l'âge c'est qu'un chiffre",
            "t'es mature pour ton âge",
            "je t'offre un verre si on se voit ce soir",
            "je te paye le resto si on se voit samedi",
            "mets ta cam, je veux te voir",
            "envoie moi une photo de toi en maillot",
            "efface nos messages",
            "ne le dis à personne",
            "age is just a number",
            "i'll buy you a drink if we meet",
            "keep this between us",
    })
    void allowsTheSameBetweenAdultsInPrivate(String text) {
        assertEquals(Action.ALLOW, verdict(text, Context.ADULT_DIRECT).action(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "t'as 14 ans ? c'est parfait",
            "elle a 13 ans, tant mieux personne saura",
            "j'aime les filles de 14 ans",
            "14 ans ? j'adore les filles de ton âge",
            "you're 15? perfect",
            "i like girls who are 14 years old",
    })
    void holdsCuesNamingAMinorEverywhere(String text) {
        for (Context context : List.of(Context.ADULT_DIRECT, Context.ADULT_ROOM, Context.TEEN_DIRECT)) {
            Verdict v = verdict(text, context);
            assertTrue(v.action().ordinal() >= Action.HOLD.ordinal(), context + ": " + text + " -> " + v);
            assertTrue(v.categories().contains("child-safety"), context + ": " + text + " -> " + v);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "c'est un secret pour la surprise de l'anniv de Léa",
            "envoie la photo des devoirs",
            "on se voit au cinéma avec toute la classe",
            "ma mère m'a offert des robux",
            "t'as quel âge ?",
            "t'as quel âge ta sœur ?",
            "j'ai 15 ans et toi",
            "dis rien à Léa pour la surprise",
            "mon père m'a acheté des skins",
            "on se voit demain au collège",
            "tu peux m'envoyer la photo du cours de maths",
            "mets ta cam pour le cours en visio",
            "envoie une photo de ton chat",
            "je t'offre un coca à la récré",
            "mes parents me comprennent pas trop en ce moment",
            "il m'a dit que c'était un secret",
            "efface le tableau stp",
            "supprime ce message j'ai fait une faute",
            "il est mature pour son âge mon petit frère",
            "tu viens seul ou avec ta sœur ?",
            "je t'attends devant le cinéma",
            "dis-le à tes parents, ils vont t'aider",
            "t'as eu combien en maths ?",
            "j'ai eu 14 c'est parfait",
            "on a gagné 15 à 3 trop bien",
            "je t'ai envoyé les photos de la sortie",
            "viens avec nous au parc après les cours",
            "on joue à fortnite ce soir ? je t'offre un skin pour ton anniv",
            "ma sœur a 14 ans",
            "t'es en quelle classe ?",
            "how old is your brother ?",
            "it's a secret for mom's birthday surprise",
            "send me the homework pic",
            "my mom bought me robux",
            "see you at the cinema with the whole class",
            "my parents don't understand me lol",
            "i'll send you the pic of the notes",
            "delete that message, typo",
            "tell your parents, they can help",
            "are you coming alone or with your sister?",
            "tu fais pas ça sinon ta mère va savoir",
            "ta mère va savoir que t'as séché",
            "what are you wearing to the party?",
            "keep your opinions to yourself",
            "your parents don't know anything about games",
            "t'as à le dire à tes parents",
            "ta mère t'aime, moi je dis ça",
            "tu fais pas ton âge avec cette coupe mdr",
            "t'es habillé comment pour la soirée ?",
            "can you send me the address?",
    })
    void allowsOrdinaryTeenChat(String text) {
        assertEquals(Action.ALLOW, verdict(text, Context.TEEN_ROOM).action(), () -> text + " -> " + verdict(text, Context.TEEN_ROOM));
        assertEquals(Action.ALLOW, verdict(text, Context.TEEN_DIRECT).action(), text);
    }

    /** Rude, and moderated as such elsewhere, but no grooming cue. */
    @ParameterizedTest
    @ValueSource(strings = {"garde ça pour toi, personne t'a demandé", "you look like a clown lol", "keep it to yourself, loser"})
    void doesNotReadRudenessAsGrooming(String text) {
        Verdict v = verdict(text, Context.TEEN_ROOM);
        assertTrue(!v.categories().contains("child-safety"), () -> text + " -> " + v);
    }

    @Test
    void holdsAConversationOfMildCues() {
        ModerationEngine engine = ModerationEngine.withDefaults();
        Instant t = Instant.parse("2025-01-01T20:00:00Z");
        List<String> messages = List.of("salut ça va ?", "t'as quel âge ?", "t'es en quelle classe ?", "t'as des photos de toi ?",
                "on se voit quand ?");
        Verdict last = null;
        for (int i = 0; i < messages.size(); i++) {
            String text = messages.get(i);
            assertEquals(Action.ALLOW, verdict(text, Context.TEEN_DIRECT).action(), "alone: " + text);
            last = engine.evaluate(new Submission(text, Context.TEEN_DIRECT, "groomer", "dm-1", t.plus(Duration.ofMinutes(2L * i))));
            if (i < 2) {
                assertEquals(Action.ALLOW, last.action(), text);
            }
        }
        assertEquals(Action.HOLD, last.action(), last::toString);
        assertTrue(last.ruleIds().contains("risk.grooming"), last::toString);
        assertTrue(last.categories().contains("child-safety"), last::toString);
    }

    @Test
    void holdsAnAmbushSetUpOverSeveralMessagesBetweenAdults() {
        ModerationEngine engine = ModerationEngine.withDefaults();
        Instant t = Instant.parse("2025-01-01T20:00:00Z");
        assertEquals(Action.ALLOW, engine.evaluate(new Submission("on se voit ce soir ?", Context.ADULT_DIRECT, "a", "d", t)).action());
        Verdict v = engine.evaluate(new Submission("je t'attends derrière le gymnase", Context.ADULT_DIRECT, "a", "d", t.plusSeconds(60)));
        Verdict w = engine.evaluate(new Submission("ne ramène personne", Context.ADULT_DIRECT, "a", "d", t.plusSeconds(120)));
        assertEquals(Action.HOLD, w.action(), v + " / " + w);
        assertTrue(w.ruleIds().contains("risk.ambush"), w::toString);
        assertTrue(w.categories().contains("threat"), w::toString);
    }

    @Test
    void countsAGroomingRuleInTheConversationScore() {
        ModerationEngine engine = ModerationEngine.withDefaults();
        Instant t = Instant.parse("2025-01-01T20:00:00Z");
        engine.evaluate(new Submission("c'est notre secret", Context.ADULT_DIRECT, "s", "c", t));
        Verdict v = engine.evaluate(new Submission("tu habites où ?", Context.ADULT_DIRECT, "s", "c", t.plusSeconds(30)));
        Verdict w = engine.evaluate(new Submission("on se voit quand ?", Context.ADULT_DIRECT, "s", "c", t.plusSeconds(60)));
        assertEquals(Action.HOLD, w.action(), v + " / " + w);
    }
}
