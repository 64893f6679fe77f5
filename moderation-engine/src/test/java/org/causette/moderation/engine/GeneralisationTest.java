package org.causette.moderation.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.causette.moderation.engine.SharedEngine.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * Issue 13, session 8: violence stated as a norm with any punishment and any group, banter between friends,
 * reported quotations in any verb form, words that only look like rule words. Sentences written for this test, not
 * taken from any suite or data set.
 */
class GeneralisationTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "On devrait parquer les Kurdes dans des camps au fond du désert",
            "Il faudrait réduire en esclavage tous les Haïtiens",
            "Les Albanais mériteraient la chaise électrique, tous autant qu'ils sont",
            "les sourds faudrait les euthanasier franchement",
            "Les Serbes devraient être fouettés sur la place publique",
            "Il faudrait priver les athées de tous leurs droits",
            "les Ivoiriens on devrait les jeter à la mer",
            "Les Kabyles, c'est des humains ou des animaux ?"})
    void flagsViolenceStatedAsANormAgainstAnyGroup(String text) {
        flagged(text, Context.ADULT_ROOM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Les Albanais sont des vautours",
            "les Kurdes c'est des bestioles",
            "Les handicapés, à quoi ils servent au juste ?",
            "Les Haïtiens ont-ils seulement un cerveau ?",
            "Les bouddhistes me foutent la haine",
            "Je suis dégoûté par les athées",
            "J'ai un profond mépris pour les Serbes"})
    void flagsDehumanisationQuestionsAndFeelingsAboutAnyGroup(String text) {
        flagged(text, Context.ADULT_ROOM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "On ne devrait jamais parquer les réfugiés dans des camps",
            "Il faudrait que les Kurdes aient enfin un pays à eux",
            "Les Serbes devraient gagner la coupe cette année",
            "Il faudrait inviter les voisins ivoiriens au barbecue",
            "On a fait un pique-nique au bord du lac, trop bien",
            "Mes petits-enfants arrivent samedi pour les vacances",
            "Coupez le fromage en petits cubes avant de servir",
            "Youpi, le train est à l'heure",
            "Les fourmis sont des insectes fascinants",
            "Les loups sont revenus dans les Alpes, les bergers sont inquiets",
            "Je suis dégoûté par ce match, l'arbitre était nul",
            "La haine contre les musulmans augmente, c'est inquiétant",
            "J'ai horreur des araignées"})
    void leavesOrdinaryStatementsAlone(String text) {
        allowed(text, Context.ADULT_ROOM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "t'es con mais je t'adore",
            "t'es vraiment relou, c'est pour ça qu'on s'aime",
            "t'es nulle à ce jeu mdr, revanche demain",
            "espèce de boulet, tu t'es encore perdu 😂",
            "t'es pénible mais t'es ma pote préférée"})
    void letsBanterBetweenFriendsPassInTeenRooms(String text) {
        allowed(text, Context.TEEN_ROOM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "t'es moche mdr personne veut de toi ici",
            "sale pd 😂",
            "je vais te frapper à la sortie mdr",
            "t'es grosse comme une baleine 😂"})
    void laughterDoesNotExcuseBullyingSlursOrThreats(String text) {
        flagged(text, Context.TEEN_ROOM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Ils ont chanté « les Turcs sont des cafards » dans le stade, c'est honteux",
            "Quand tu répètes « les Roms sont des voleurs », tu fais le jeu des racistes",
            "Mon oncle prétend que « les Chinois sont des rats », je ne lui parle plus"})
    void letsReportedQuotationsPass(String text) {
        allowed(text, Context.ADULT_ROOM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "« Les Turcs sont des cafards », il a raison mon oncle quand il répète ça",
            "« Les Roms sont des voleurs », c'est la vérité, tout le monde le répète"})
    void aQuotationTheMessageEndorsesStaysHate(String text) {
        flagged(text, Context.ADULT_ROOM);
    }

    private static void flagged(String text, Context context) {
        Verdict v = verdict(text, context);
        assertNotEquals(Action.ALLOW, v.action(), text + " " + v.ruleIds());
    }

    private static void allowed(String text, Context context) {
        Verdict v = verdict(text, context);
        assertEquals(Action.ALLOW, v.action(), text + " " + v.ruleIds());
    }
}
