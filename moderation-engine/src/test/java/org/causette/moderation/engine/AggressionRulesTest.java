package org.causette.moderation.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.causette.moderation.engine.SharedEngine.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The everyday aggression lexicon ({@code aggression.rules}) and its false-positive guards. Sentences are our own. */
class AggressionRulesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "t'as pas d'amis | harassment",
            "personne veut de toi | harassment",
            "on veut pas de toi ici | harassment",
            "on va te virer du groupe | harassment",
            "même ta mère t'aime pas | harassment",
            "tu vas finir tout seul | harassment",
            "je vais te retrouver à la sortie | threat",
            "attends que je te chope | threat",
            "tu veux te battre ? | threat",
            "encore un mot et je te défonce | threat",
            "fais gaffe à toi quand tu sors | threat",
            "sale arabe | hate",
            "enlève ton voile | hate",
            "tu vas brûler en enfer | hate",
            "deux mecs qui s'embrassent c'est dégueulasse | hate",
            "les femmes à la cuisine | hate",
            "t'es pd ou quoi | hate",
            "t'es arabe donc tu voles | hate",
            "c'est bien un truc de feuj | hate",
            "nobody wants you here | harassment",
            "you're not welcome here | harassment",
            "I'll find you after school | threat",
            "meet me outside after school | threat",
            "catch these hands | threat"})
    void blocksExclusionIntimidationAndHostilityEverywhere(String text, String category) {
        for (Context context : new Context[]{Context.TEEN_ROOM, Context.ADULT_ROOM}) {
            Verdict v = verdict(text, context);
            assertEquals(Action.BLOCK, v.action(), text + " " + context + " " + v.ruleIds());
            assertTrue(v.categories().contains(category), text + " " + v.categories());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"wesh le bouffon", "tocard va", "pour qui tu te prends", "occupe-toi de tes affaires",
            "t'as vu ta tête", "tu n'es qu'un gamin", "t'as intérêt à te taire", "c'est de ta faute",
            "t'es relou", "putain t'es lourd", "tu te fous de ma gueule", "tu manges comme quatre",
            "nobody asked", "cry about it", "you have no friends", "who asked you", "wesh la grosse",
            "combien tu pèses", "lol loser"})
    void holdsHostilityForReviewWhereTeensAreAndAllowsItBetweenAdults(String text) {
        Verdict teen = verdict(text, Context.TEEN_ROOM);
        assertEquals(Action.HOLD, teen.action(), text + " " + teen.ruleIds());
        assertTrue(teen.categories().contains("harassment"), text + " " + teen.categories());
        assertEquals(Action.ALLOW, verdict(text, Context.ADULT_ROOM).action(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"TEEN_DIRECT | HOLD", "ADULT_DIRECT | ALLOW", "NICKNAME | BLOCK", "ROOM_NAME | BLOCK"})
    void teenHoldFollowsTheAudience(Context context, Action action) {
        assertEquals(action, verdict("pour qui tu te prends", context).action(), context.name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"t'es qu'une grosse vache", "espèce de teubé", "va crever", "ferme-la", "ftg",
            "personne t'aime", "suicide-toi", "je vais te défoncer", "je vais te tabasser", "t'es moche",
            "nique ta mère", "ta gueule", "casse-toi"})
    void stillBlocksWhatTheOlderLexiconsBlocked(String text) {
        assertEquals(Action.BLOCK, verdict(text, Context.TEEN_ROOM).action(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"putain il fait beau", "merde j'ai raté le bus", "ptn le bus est en retard",
            "fuck, I missed the bus", "Cassis", "concombre", "bassin", "pédagogie", "sexagénaire", "Vancouver",
            "un sirop de cassis", "le bassin de la piscine", "la pédagogie du prof",
            "arrête de la traiter de bouffonne", "il m'a traité de tocard", "dire sale arabe c'est raciste",
            "tu prends pour la soirée ?", "c'est qui pour demain ?", "t'as pas compris l'exo ?",
            "tu sais rien pour demain ?", "je t'aime plus que tout", "personne ne veut te faire du mal",
            "j'ai mangé des crevettes", "grosse soirée hier", "en gros c'est nul", "oh la vache",
            "tu vas voir c'est trop bien", "tu vas exploser ton record", "ta mère a appelé",
            "on se voit à la sortie", "je vais te chercher à la gare", "mdr le prof", "t'es ouf",
            "je m'en fous de ce film", "c'est pas ta faute", "tu l'as mérité ton diplôme",
            "t'as intérêt à venir ce soir", "who asked for pizza?", "wesh gros ça va",
            "comme tous les dimanches", "sors du bus"})
    void allowsInterjectionsCounterSpeechAndLookAlikes(String text) {
        Verdict v = verdict(text, Context.TEEN_ROOM);
        assertEquals(Action.ALLOW, v.action(), text + " " + v.ruleIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cassis", "Vancouver", "Bassin d'Arcachon", "Pédagogie active"})
    void acceptsLookAlikeRoomNames(String name) {
        assertEquals(Action.ALLOW, verdict(name, Context.ROOM_NAME).action(), name);
    }
}
