package org.causette.moderation.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Map;

import static org.causette.moderation.engine.SharedEngine.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ModerationEngineTest {

    private final ModerationEngine cut = SharedEngine.ENGINE;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "t'es qu'une sale pute | harassment",
            "ferme ta gueule | harassment",
            "coooonnard | harassment",
            "s a l e  p.d | hate",
            "p3d3 | hate",
            "sale gouine | hate",
            "les pédés ça devrait pas exister | hate",
            "l'homosexualité c'est une maladie | hate",
            "une femme trans c'est un homme | hate",
            "les arabes sont tous des voleurs | hate",
            "je vais te tuer | threat",
            "t'es mort | threat",
            "je sais où tu habites | threat",
            "I will kill you | threat",
            "kill all gay people | hate",
            "vends beuh dispo sur snap | illegal-other",
            "envoie moi une photo de toi en sous-vêtements | sexual",
            "і һаtе gаy реорlе | hate",
            "kys | harassment"})
    void blocksAbuseInTeenRooms(String text, String category) {
        Verdict v = verdict(text, Context.TEEN_ROOM);
        assertEquals(Action.BLOCK, v.action(), text);
        assertTrue(v.categories().contains(category), text + " " + v.categories());
        assertFalse(v.reason().isBlank());
        assertTrue(v.score() > 0 && v.score() <= 1);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "va sucer ton copain | harassment",
            "nique toi | harassment",
            "jvous bz tous | harassment",
            "comme ta mère | harassment",
            "t une grosse victime | harassment",
            "bande de moutons | harassment",
            "gros tas de graisse | harassment",
            "tes bourrelets dégueu | harassment",
            "suicide toi | harassment",
            "jvais te goumer à la sortie | threat",
            "je vais te mettre une patate | threat",
            "tu vas t'en prendre une | threat",
            "1v1 demain à la sortie | threat",
            "retourne en algérie | hate",
            "t'es trop gay | hate"})
    void blocksTeenChatAggression(String text, String category) {
        Verdict v = verdict(text, Context.TEEN_ROOM);
        assertEquals(Action.BLOCK, v.action(), text + " " + v.ruleIds());
        assertTrue(v.categories().contains(category), text + " " + v.categories());
    }

    @ParameterizedTest
    @ValueSource(strings = {"He was banned for writing \"all muslims are scum\" on my wall",
            "il m'a envoyé « t'es qu'une pute » en privé", "I never said that women are inferior",
            "Your hatred for gay people has to stop", "Sorry for being such a dickhead yesterday",
            "I love being a dyke", "my fellow queers, happy pride", "he smoked a fag outside the pub",
            "my dog never shuts up, it won't ever shut the fuck up", "cul sec !", "sale temps aujourd'hui",
            "je suis trop con j'ai oublié", "c'est pas sale", "on fait un 1 contre 1 au babyfoot ?"})
    void allowsQuotesSelfReferenceAndReclaimedUse(String text) {
        Verdict v = verdict(text, Context.ADULT_ROOM);
        assertEquals(Action.ALLOW, v.action(), text + " " + v.ruleIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"you're a faggot\" lol", "you are \"such a bitch\""})
    void quotingAloneDoesNotHideAnInsult(String text) {
        assertEquals(Action.BLOCK, verdict(text, Context.ADULT_ROOM).action(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"salut ça va", "putain il fait chaud", "c'est con ce truc", "je suis en retard",
            "Scunthorpe United a gagné", "t'es mort de rire", "arrête de dire 'pd', c'est homophobe",
            "il m'a traité de sale pd, j'ai signalé", "je suis pédé et fier", "tapette à souris", "t'es pas con",
            "I don't hate gay people", "I love trans people", "je vais te retrouver à la gare", "on se voit demain au lycée ?",
            "t'es en gros pas venue", "les gays ont le droit de se marier", "ma grand-mère est musulmane"})
    void allowsOrdinaryTalkCounterSpeechAndReclaimedTerms(String text) {
        Verdict v = verdict(text, Context.TEEN_ROOM);
        assertEquals(Action.ALLOW, v.action(), text + " " + v.ruleIds());
        assertEquals(text, v.maskedText());
    }

    @Test
    void shieldsContactDetailsByAudience() {
        String text = "ajoute moi sur snap, mon num 06 12 34 56 78";
        assertEquals(Action.BLOCK, verdict(text, Context.TEEN_ROOM).action());
        assertEquals(Action.BLOCK, verdict(text, Context.TEEN_DIRECT).action());
        assertEquals(Action.BLOCK, verdict(text, Context.NICKNAME).action());
        Verdict adultRoom = verdict(text, Context.ADULT_ROOM);
        assertEquals(Action.MASK, adultRoom.action());
        assertFalse(adultRoom.maskedText().contains("06 12"), adultRoom.maskedText());
        assertTrue(adultRoom.maskedText().contains("•••"));
        assertEquals("Les coordonnées personnelles ont été masquées : elles ne peuvent pas être partagées ici.", adultRoom.reason());
        Verdict adultDirect = verdict(text, Context.ADULT_DIRECT);
        assertEquals(Action.ALLOW, adultDirect.action());
        assertEquals(java.util.List.of("personal-data"), adultDirect.categories());
    }

    @Test
    void blocksContactDetailsWithAFrenchReason() {
        Verdict v = verdict("mon snap c'est julie.93", Context.TEEN_ROOM);
        assertEquals(Action.BLOCK, v.action());
        assertEquals("Les coordonnées personnelles ne peuvent pas être partagées ici.", v.reason());
    }

    @Test
    void sexualTalkDependsOnTheAudience() {
        String text = "j'ai envie de baiser ce soir";
        assertEquals(Action.BLOCK, verdict(text, Context.TEEN_ROOM).action());
        assertEquals(Action.MASK, verdict(text, Context.ADULT_ROOM).action());
        assertEquals(Action.ALLOW, verdict(text, Context.ADULT_DIRECT).action());
        Verdict teen = verdict("envoie des nudes", Context.TEEN_DIRECT);
        assertTrue(teen.categories().contains("child-safety"), teen.categories().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"SalePute93", "xXconnardXx", "Julie snap julie93", "Les cochonnes", "putain", "Hitler88",
            "SS_officer", "KKK4ever", "xxxLola"})
    void isStricterOnNames(String name) {
        assertEquals(Action.BLOCK, verdict(name, Context.NICKNAME).action(), name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Julie_du_59", "Salon des Belges", "Kevin93", "Amoureux des chats", "Gwt1s8c1", "Lou_x", "k"})
    void acceptsOrdinaryNames(String name) {
        assertEquals(Action.ALLOW, verdict(name, Context.ROOM_NAME).action(), name);
    }

    @Test
    void holdsAGroomingConversation() {
        ModerationEngine engine = ModerationEngine.withDefaults();
        Instant t = Instant.parse("2025-01-01T20:00:00Z");
        assertEquals(Action.ALLOW, engine.evaluate(new Submission("t'as quel âge ?", Context.TEEN_DIRECT, "s1", "c1", t)).action());
        Verdict second = engine.evaluate(new Submission("tu habites où ?", Context.TEEN_DIRECT, "s1", "c1", t.plusSeconds(60)));
        Verdict third = engine.evaluate(new Submission("on se voit quand ?", Context.TEEN_DIRECT, "s1", "c1", t.plusSeconds(120)));
        assertEquals(Action.ALLOW, second.action(), second::toString);
        assertEquals(Action.HOLD, third.action(), second + " / " + third);
        assertTrue(third.ruleIds().contains("risk.grooming"));
        assertEquals(Action.ALLOW, engine.evaluate(new Submission("on se voit quand ?", Context.TEEN_DIRECT, "other", "c2", t)).action());
    }

    @Test
    void holdsAnAmbushSetUpThroughAPrivateMeeting() {
        Verdict v = cut.evaluate(new Submission("on se voit où ? viens seul", Context.ADULT_DIRECT, "a1", "d1", Instant.now()));
        assertEquals(Action.HOLD, v.action());
        assertTrue(v.ruleIds().contains("risk.ambush"));
    }

    @Test
    void riskSignalsDecayOverTime() {
        ModerationEngine engine = ModerationEngine.withDefaults();
        Instant t = Instant.parse("2025-01-01T20:00:00Z");
        engine.evaluate(new Submission("on se voit où ?", Context.ADULT_DIRECT, "s", "c", t));
        Verdict later = engine.evaluate(new Submission("viens seul", Context.ADULT_DIRECT, "s", "c", t.plus(java.time.Duration.ofDays(3))));
        assertEquals(Action.ALLOW, later.action());
    }

    @Test
    void blocksRepeatedFlood() {
        ModerationEngine engine = ModerationEngine.withDefaults();
        Instant t = Instant.parse("2025-01-01T20:00:00Z");
        Verdict last = null;
        for (int i = 0; i < 3; i++) {
            last = engine.evaluate(new Submission("achetez mes stickers", Context.ADULT_ROOM, "f", "room", t.plusSeconds(i)));
        }
        assertEquals(Action.BLOCK, last.action());
        assertTrue(last.ruleIds().contains("spam.flood.repeated"));
    }

    @Test
    void blocksABurstOfLinksInAnAdultRoomWhereOneLinkIsMasked() {
        ModerationEngine engine = ModerationEngine.withDefaults();
        Instant t = Instant.parse("2025-01-01T20:00:00Z");
        assertEquals(Action.MASK, engine.evaluate(new Submission("regardez https://promo.example/a", Context.ADULT_ROOM, "l", "room", t)).action());
        engine.evaluate(new Submission("et www.promo.example/b", Context.ADULT_ROOM, "l", "room", t.plusSeconds(5)));
        engine.evaluate(new Submission("encore https://promo.example/c", Context.ADULT_ROOM, "l", "room", t.plusSeconds(10)));
        Verdict burst = engine.evaluate(new Submission("dernier https://promo.example/d", Context.ADULT_ROOM, "l", "room", t.plusSeconds(15)));
        assertEquals(Action.BLOCK, burst.action());
        assertTrue(burst.ruleIds().contains("spam.flood.links"), burst::toString);
    }

    @Test
    void mentionSpamIsSpamButAFewMentionsAreChat() {
        ModerationEngine engine = ModerationEngine.withDefaults();
        assertEquals(Action.ALLOW, engine.evaluate(Submission.of("@lou @max on joue ce soir ?", Context.TEEN_ROOM)).action());
        Verdict spam = engine.evaluate(Submission.of("@a1 @b2 @c3 @d4 @e5 @f6 @g7 venez tous", Context.TEEN_ROOM));
        assertTrue(spam.action().ordinal() >= Action.HOLD.ordinal(), spam::toString);
        assertTrue(spam.ruleIds().contains("spam.mentions"), spam::toString);
    }

    @Test
    void settingsToggleRulesPerAudience() {
        ModerationEngine engine = ModerationEngine.withSettings(ModerationSettings.fromProperties(Map.of(
                "causette.moderation.engine.rules.disabled.adult-room", "harassment.",
                "causette.moderation.engine.adult-room.sexual", "allow")));
        assertEquals(Action.ALLOW, engine.evaluate(Submission.of("ferme ta gueule", Context.ADULT_ROOM)).action());
        assertEquals(Action.BLOCK, engine.evaluate(Submission.of("ferme ta gueule", Context.TEEN_ROOM)).action());
        assertEquals(Action.ALLOW, engine.evaluate(Submission.of("j'ai envie de baiser", Context.ADULT_ROOM)).action());
    }

    @Test
    void survivesLongAndStrangeInput() {
        String text = "a".repeat(1000) + " 🙂\u202E\u0000" + "p ".repeat(400);
        Verdict v = verdict(text, Context.TEEN_ROOM);
        assertTrue(v.score() >= 0 && v.score() <= 1);
        assertEquals(Action.ALLOW, verdict("", Context.TEEN_ROOM).action());
    }
}
