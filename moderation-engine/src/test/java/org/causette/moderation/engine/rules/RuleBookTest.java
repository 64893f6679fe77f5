package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.TextNormalizer;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RuleBookTest {

    private static final String CLASSES = """
            @you = t es | tu es | tu n es | you are
            @insult = con | idiot | gros lard
            """;
    private static final String RULES = """
            [harassment.test]
            %category harassment
            %severity high
            %flags negatable
            @you ~2 (@insult)
            [hate.test]
            %category hate
            %severity severe
            %flags substring-in-joined
            pd
            encul*
            [allow.test]
            %kind allow-message
            arrete de dire
            [allow.span]
            %kind allow-span
            je suis pd
            """;

    private final TextNormalizer normalizer = new TextNormalizer();
    private final ContentScanner cut = new ContentScanner(RuleBook.parse(normalizer, CLASSES, List.of(RULES)));

    private List<String> ruleIds(String text) {
        return cut.scan(normalizer.normalize(text), false).stream().map(f -> f.rule().id()).distinct().toList();
    }

    @Test
    void matchesPhrasesWithGapsClassesAndInflections() {
        assertEquals(List.of("harassment.test"), ruleIds("t'es vraiment trop con"));
        assertEquals(List.of("harassment.test"), ruleIds("tu es une conne"));
        assertEquals(List.of("harassment.test"), ruleIds("t'es un gros lard"));
        assertEquals(List.of(), ruleIds("t'es allé au cinéma avec un con"));
    }

    @Test
    void shortStemsNeedWordBoundaries() {
        assertEquals(List.of(), ruleIds("pdf"));
        assertEquals(List.of(), ruleIds("scunthorpe"));
        assertEquals(List.of("hate.test"), ruleIds("les pds"));
        assertEquals(List.of("hate.test"), ruleIds("enculés"));
    }

    @Test
    void searchesGluedLetters() {
        assertEquals(List.of("hate.test"), ruleIds("s a l e p . d"));
    }

    @Test
    void dropsNegatedCounterSpeechAndAllowedSpans() {
        assertEquals(List.of(), ruleIds("t'es pas con"));
        assertEquals(List.of("harassment.test"), ruleIds("tu n'es qu'un con"));
        assertEquals(List.of(), ruleIds("arrête de dire pd"));
        assertEquals(List.of(), ruleIds("je suis pd"));
    }

    @Test
    void refusesStemsThatAreTooShort() {
        assertThrows(IllegalArgumentException.class,
                () -> RuleBook.parse(normalizer, "", List.of("[x]\n%category hate\ncon*\n")));
    }

    @Test
    void loadsTheShippedLexicons() {
        RuleBook book = RuleBook.fromClasspath(normalizer);
        assertTrue(book.ruleIds().contains("hate.slur.homophobic"));
        assertTrue(book.ruleIds().contains("contact.platform"));
        assertFalse(book.patterns(RuleKind.RISK).isEmpty());
    }
}
