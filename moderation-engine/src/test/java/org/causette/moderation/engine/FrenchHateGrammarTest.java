package org.causette.moderation.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.causette.moderation.engine.SharedEngine.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/**
 * French statements about groups, by their grammar rather than their words: a worth denied by negation, questions,
 * opinions, pronouns, threats stated as norms or against places, whole sentences run together; and the statements
 * with the same words that are not hate (negated hate, counter-speech, quotation, untargeted swearing). Sentences
 * written for this test.
 */
class FrenchHateGrammarTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Les femmes ne sont pas capables de diriger une entreprise",
            "Les musulmans ne sont pas dignes de confiance",
            "Un Arabe n'est jamais honnête",
            "Les gays ne sont pas des gens normaux",
            "Les Roms ne sont pas des êtres humains",
            "Les migrants ne sont pas les bienvenus ici",
            "Pourquoi les Noirs sont-ils tous des voleurs ?",
            "Vous trouvez pas que les migrants puent ?",
            "Je trouve que les lesbiennes sont répugnantes",
            "À mon avis, les trans sont des malades mentaux",
            "J'ai croisé des Gitans hier. Ils volent tout ce qu'ils trouvent.",
            "Il faudrait renvoyer tous les Arabes chez eux",
            "On devrait enfermer tous les handicapés",
            "Les migrants, faudrait les noyer en mer",
            "Je vais brûler la mosquée demain",
            "on va foutre le feu à la synagogue ce soir",
            "lesnoirssontdessinges",
            "lesarabessontdesvoleurs",
            "salebougnoulerentrecheztoi",
            "lesjuifssontunevermine",
            "blackpeopleareapes",
            "Les jiufs sont des rats",
            "Les immigrés ? Ils ramènent que la violence",
            "les femmes ne sont bonnes qu'à la cuisine"})
    void flagsHateByItsGrammar(String text) {
        Verdict v = verdict(text, Context.ADULT_ROOM);
        assertNotEquals(Action.ALLOW, v.action(), text + " " + v.ruleIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Les femmes sont capables de diriger une entreprise",
            "Je ne déteste pas les musulmans",
            "Les immigrés ne sont pas des criminels",
            "Les femmes ne sont pas inférieures aux hommes",
            "Les migrants ne sont pas tous des délinquants, arrête avec ça",
            "Dire que les Noirs sont des voleurs, c'est raciste",
            "C'est raciste de dire que les Roms volent",
            "Arrête de dire que les gays sont des malades",
            "« Les juifs sont des rats » : ce tag sur la synagogue est une honte",
            "Personne ne devrait insulter les homosexuels",
            "Il faudrait aider davantage les personnes handicapées",
            "On devrait accueillir les réfugiés dignement",
            "Putain, j'ai raté mon train",
            "Ce putain de jeu bug encore",
            "Merde, j'ai oublié mes clés",
            "Ma prof est lesbienne et c'est la meilleure prof du lycée",
            "On va visiter la mosquée et la synagogue de Paris avec la classe",
            "bonjouratousetbonnejournee",
            "merciencorepourlaccueil",
            "jesuischarlie",
            "Les migrants apportent de la richesse à notre pays",
            "Les réfugiés fuient la violence et la misère"})
    void leavesTheSameWordsAloneWhenTheyAreNotHate(String text) {
        Verdict v = verdict(text, Context.ADULT_ROOM);
        assertEquals(Action.ALLOW, v.action(), text + " " + v.ruleIds());
        assertFalse(v.categories().contains("hate"), text + " " + v.ruleIds());
    }
}
