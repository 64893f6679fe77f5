package org.causette.moderation.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Identity hate written unlike HateCheck's templates: stereotypes said without "are", opinions, derogating
 * questions, group threats, pronouns for a group named before, negated worth, feelings and profanity; and the same
 * identity words in harmless sentences (negated hate, counter-speech, quotes, reporting, self-identification,
 * positive and neutral mentions, homonyms). Sentences are our own.
 */
class HateIdentityPhrasingTest {

    private final ModerationEngine cut = SharedEngine.ENGINE;

    private Verdict verdict(String text) {
        return cut.evaluate(Submission.of(text, Context.ADULT_ROOM));
    }

    private void assertHate(String text) {
        Verdict v = verdict(text);
        assertEquals(Action.BLOCK, v.action(), text + " " + v.ruleIds());
        assertTrue(v.categories().contains("hate"), text + " " + v.categories());
    }

    private void assertAllowed(String text) {
        Verdict v = verdict(text);
        assertEquals(Action.ALLOW, v.action(), text + " " + v.ruleIds());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Saying Jews are greedy is an antisemitic stereotype.",
            "The slogan \"Muslims out\" was condemned by everyone.",
            "Someone called me a dirty Arab at school.",
            "Muslims celebrate Eid this weekend.",
            "I'm a trans woman and proud of it.",
            "Women drive just as well as men.",
            "Immigrants are human beings like us.",
            "I think black people deserve better representation.",
            "In my opinion gay couples should be able to adopt.",
            "Why are Muslims so often discriminated against?",
            "Refugees need our help.",
            "Trans women are real women.",
            "No Jew should be afraid to walk the streets.",
            "Lesbians are welcome in our club.",
            "Disabled people's lives matter.",
            "Fuck racism.",
            "Immigrants built this country.",
            "Personally I think feminists have a point.",
            "I believe women should be paid the same as men.",
            "Gypsy jazz is beautiful music.",
            "Immigrants don't take our jobs, that's a myth.",
            "Can women even drive in that country? Yes since 2018.",
            "Gay people can be good parents.",
            "A female boss changed everything at my company.",
            "Gay parents raise their kids just as well.",
            "Muslim women in veils are women like any other.",
            "Who wants to come help the migrants on Saturday?",
            "Refugees all rescued by the coast guard.",
            "Women all over the world.",
            "Immigrants all savages? No, that's a racist lie.",
            "Are Muslims really more likely to be stopped at airports?",
            "Why don't all trans people get proper healthcare?",
            "Immigrants integrate faster than people think.",
            "Women are all the same to me: colleagues.",
            "I have zero pity for racists who attack Jews.",
            "Autistic people are vegetarians more often, says the study.",
            "The only good thing about Mondays is lunch with my Muslim friends.",
            "Why are black people more often stopped by police?",
            "Refugees? They deserve our respect.",
            "Women are equal to men.",
            "Trans people make me proud.",
            "Immigrants are not criminals.",
            "Black people are not monkeys, that's a racist trope.",
            "Gay people should be able to marry.",
            "Feminists organised a march on Saturday.",
            "Jews have lived in this city for centuries.",
            "Muslims are not all terrorists, stop it.",
            "My Jewish friend invited me for Hanukkah.",
            "Refugees flee war and poverty.",
            "Don't let the refugees drown in the sea.",
            "We must not send the refugees back to a war zone.",
            "Women all over the world marched today.",
            "The gays all went to the parade together.",
            "Immigrants all have stories worth hearing.",
            "It's in their genes? No, that's a racist myth about black people.",
            "Trans men are real men.",
            "Black people are not apes, that's a vile racist trope.",
            "Why are Jews targeted by so many conspiracy theories?",
            "Disabled athletes all trained hard for the Paralympics.",
            "Send the Muslim delegation my regards.",
            "Let the women speak.",
            "I would never rent my flat to someone who hates Muslims.",
            "What is wrong with people who attack Muslims?",
            "Disabled people have brains and talent like anyone.",
            "Gays are an important part of our community.",
            "The refugees arrived and we fed them.",
            "Black people who moved back to Africa wrote a book about it.",
            "The problem with this country is racism against Muslims.",
            "It's a shame that trans people don't have the same rights everywhere.",
            "Jews have too much to fear from these attacks.",
            "Refugees? I wish them all the best.",
    })
    void allowsEnglishMentionsOfTheSameGroups(String text) {
        assertAllowed(text);
    }
}
