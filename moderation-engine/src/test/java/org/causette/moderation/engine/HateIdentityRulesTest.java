package org.causette.moderation.engine;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Hostility towards a group found by co-occurrence ({@code hate-identity.rules}): a group named and a hostile cue in
 * one clause, and the guards that keep mentions, negations, counter-speech and reporting allowed. Sentences are our own.
 */
class HateIdentityRulesTest {

    private static Verdict verdict(String text) {
        return SharedEngine.verdict(text, Context.ADULT_ROOM);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // called vermin, disease, worthless
            "Honestly immigrants are a disease on this country.",
            "Those Jews are nothing but parasites.",
            "Women are all brainless sluts.",
            "Lesbians are unnatural freaks.",
            "Disabled lives are worthless.",
            "Asylum seekers are the lowest form of scum.",
            "muslim scum like you should stay out of my street",
            // what the speaker feels
            "Gay men like you make me want to puke.",
            "I can't stand Muslims.",
            "Seriously, transgender people sicken me.",
            "I would rather be dead than have a lesbian as a neighbour.",
            // violence wished or called for
            "Someone should shoot those immigrants.",
            "Every Muslim should be deported.",
            "Refugees deserve to rot in a cell, every one of them.",
            "We should round up the gypsies and wipe them out.",
            // exclusion, worth denied, profanity
            "Trans people don't belong in our society.",
            "We'd be better off without Muslims.",
            "Fuck all immigrants.",
            "Refugees should go fuck themselves, honestly.",
            // a pronoun for a group named just before
            "Black people? They are animals.",
            "My boss hired two Mexicans. I hate them.",
            "I'm going to stab the next Muslim I see.",
            "Jews control the banks and should be wiped out.",
            "Honestly most Mexicans are rapists and thieves.",
            "Why are gay people always so disgusting?",
            "Refugees are invading our country like rats.",
            "Immigrants ruin everything. I despise them.",
            "Disabled people are a drain on society.",
            "Women belong in the kitchen.",
            "The world would be a better place without Jews.",
            "Too many coons in this town.",
    })
    void flagsHostilityTowardsAGroupInEnglish(String text) {
        Verdict v = verdict(text);
        assertEquals(Action.BLOCK, v.action(), text + " " + v.ruleIds());
        assertTrue(v.categories().contains("hate"), text + " " + v.categories());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Les musulmans sont une vraie plaie pour ce pays.",
            "Ces immigrés ne sont que des parasites.",
            "les juifs c'est de la vermine",
            "Ces gens du voyage sont des sous-hommes.",
            "Les noirs sont pires que des animaux.",
            "Les trans ne sont pas des vraies femmes.",
            "les femmes c'est juste bon qu'à faire la vaisselle",
            "Les personnes trans me dégoûtent.",
            "Franchement les gays me donnent envie de vomir.",
            "Je supporte pas les noirs.",
            "J'ai horreur des lesbiennes.",
            "Je peux pas les voir, ces arabes.",
            "Rien de pire qu'un gay.",
            "j'en ai marre des arabes",
            "Il faudrait tous les exterminer, ces migrants.",
            "Les réfugiés devraient crever en mer.",
            "Il faut expulser tous les étrangers.",
            "Une femme comme toi ne mérite pas de vivre.",
            "Qu'ils retournent chez eux, les immigrés.",
            "Les handicapés ne valent rien.",
            "On serait mieux sans les juifs.",
            "Les musulmans n'ont rien à faire en France.",
            "Les juifs vont détruire notre pays.",
            "Nique les arabes.",
            "Les migrants ? Ils sont tous des cafards.",
            "Les homos, je les hais.",
            "ces putains de migrants sont des sous-merdes",
            "Les arabes se croient tout permis. Ce sont des parasites.",
            "Je vais buter le prochain arabe que je croise.",
            "J'aimerais voir tous les migrants crever.",
            "Si seulement on pouvait se débarrasser des roms.",
            "les trans ça devrait pas exister",
            "les femmes n'ont rien à faire en politique",
            "À mon avis les lesbiennes sont des malades.",
            "les handicapés sont un fardeau pour la société",
            "Les immigrés devraient retourner dans leur pays.",
            "Les femmes devraient fermer leur gueule.",
            "Les musulmans on devrait tous les enfermer.",
    })
    void flagsHostilityTowardsAGroupInFrench(String text) {
        Verdict v = verdict(text);
        assertEquals(Action.BLOCK, v.action(), text + " " + v.ruleIds());
        assertTrue(v.categories().contains("hate"), text + " " + v.categories());
    }

    @ParameterizedTest
    @ValueSource(strings = {"I am going to shoot those immigrants.", "On va tous les buter, ces migrants."})
    void reportsViolenceAgainstAGroupAsAThreatToo(String text) {
        Verdict v = verdict(text);
        assertTrue(v.categories().contains("hate") && v.categories().contains("threat"), text + " " + v.categories());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // negation of a negative
            "Muslims are not terrorists.",
            "I don't hate gay people at all.",
            "Immigrants don't disgust me, bigots do.",
            "Les musulmans ne sont pas des terroristes.",
            "Je ne déteste pas les immigrés.",
            // counter-speech, reporting, views given to others
            "Saying immigrants are vermin is disgusting and wrong.",
            "Stop calling trans women men.",
            "He said women are inferior, which is sexist.",
            "Hate speech against Jews is unacceptable.",
            "People who think women are stupid are idiots.",
            "Dire que les juifs sont de la vermine, c'est raciste.",
            "Arrête de traiter les gays de malades.",
            "Il a dit que les arabes étaient des rats, c'est honteux.",
            "Les propos haineux contre les noirs sont inacceptables.",
            "Ceux qui traitent les noirs de singes sont des ordures.",
            // speaking of oneself
            "As a gay man, I'm tired of this debate.",
            "En tant que femme trans, je suis fatiguée.",
            // neutral or positive mentions, and words that look alike
            "Black people are amazing.",
            "I love gay people. They are wonderful.",
            "My Muslim neighbours brought us food.",
            "The black trash bags are in the garage.",
            "Immigrants died at sea last night.",
            "Violence against women must be stopped.",
            "Women with breast cancer need support.",
            "Les migrants dorment dehors cet hiver.",
            "Les réfugiés sont morts en mer.",
            "Les juifs ont été massacrés pendant la guerre.",
            "Les personnes handicapées méritent le respect.",
            "Les femmes subissent trop de violences.",
            "Les homophobes me dégoûtent.",
            "J'adore les rats, ce sont des animaux intelligents.",
            "Les chats noirs sont des animaux adorables.",
            "Il faut lutter contre le racisme envers les roms.",
            "I hate it when people are mean to immigrants.",
            "It's disgusting how trans people are treated online.",
            "I'm sick of people being racist to Arabs.",
            "Nobody should call Mexicans rapists.",
            "Women who kill in self defence should not be jailed.",
            "We need more women in government.",
            "The gypsy moth is a pest in these forests.",
            "Les gens qui disent que les noirs sont des singes sont des racistes.",
            "Ce n'est pas vrai que les immigrés sont des voleurs.",
            "Les trans ont le droit d'exister.",
            "Les roms subissent des discriminations terribles.",
            "Les homophobes sont des malades.",
            "Les juifs ont été exterminés pendant la Shoah, il ne faut jamais l'oublier.",
            "J'ai vu des migrants dormir dehors, ça m'a rendu malade.",
    })
    void allowsMentionsNegationsCounterSpeechAndReporting(String text) {
        Verdict v = verdict(text);
        assertEquals(Action.ALLOW, v.action(), text + " " + v.ruleIds());
    }
}
