package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.normalize.TextNormalizer;
import org.causette.moderation.engine.normalize.Token;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TolerantReaderTest {

    private static final TextNormalizer NORMALIZER = new TextNormalizer();
    private static final RuleBook BOOK = RuleBook.fromClasspath(NORMALIZER);

    private final TolerantReader cut = BOOK.tolerantReader();

    private List<String> read(String text) {
        NormalizedText normalized = NORMALIZER.normalize(text);
        return cut.read(normalized.words(), normalized.folded()).stream().map(Token::text).toList();
    }

    @ParameterizedTest
    @CsvSource({
            "hatrd, hatred",      // a letter deleted
            "cancr, cancer",
            "trns, trans",
            "disgustng, disgusting",
            "haet, hate",         // two letters swapped
            "whroe, whore",
            "salpoe, salope",
            "batrad, batard",
            "klil, kil",          // swapped into a doubled letter: "kill" is squeezed to "kil"
            "whoure, whore",      // a letter inserted
            "deathto, death to",  // two words glued
            "manywhores, many whores",
            "ihate, i hate"})
    void readsObfuscatedRuleWords(String token, String expected) {
        assertEquals(expected, cut.readWord(token));
    }

    @ParameterizedTest
    @ValueSource(strings = {"omen", "back", "tans", "heat", "slope", "bitcoin", "scunthorpe", "therapist",
            "cocktail", "canard", "pelle", "rateau", "dessert", "cantine", "drummer", "pedalo", "omens", "grapes"})
    void keepsRealWordsAsThey(String word) {
        String canonical = NORMALIZER.canonicalWord(word);
        assertEquals(canonical, cut.readWord(canonical));
    }

    @Test
    void guardListIsInCanonicalForm() {
        for (String word : CommonWords.shipped()) {
            assertEquals(NORMALIZER.canonicalWord(word), word);
            assertTrue(word.chars().allMatch(c -> c >= 'a' && c <= 'z'), word);
        }
    }

    @Test
    void returnsTheSameListWhenEveryWordReadsAsItself() {
        NormalizedText normalized = NORMALIZER.normalize("the women came back with a tan");
        assertSame(normalized.words(), cut.read(normalized.words(), normalized.folded()));
    }

    @Test
    void leavesHandlesDigitsAndCutWordsAlone() {
        assertEquals(List.of("apete"), read("@pete"));
        assertEquals(List.of("agot"), read("4got"));
        assertEquals(List.of("s", "atard"), read("s'attard..."));
    }

    @Test
    void readsACapitalIInsideALowerCaseWordAsAnL() {
        assertEquals(List.of("sale", "encule"), read("sale encuIé"));
        assertEquals(List.of("il", "a", "dit", "ici"), read("Il a dit Ici"));
    }

    @Test
    void gluedWordsKeepTheirOwnPlaceInTheText() {
        NormalizedText normalized = NORMALIZER.normalize("Deathto them");
        List<Token> read = cut.read(normalized.words(), normalized.folded());
        assertEquals("Death", normalized.original().substring(normalized.originalStart(read.get(0)), normalized.originalEnd(read.get(0))));
        assertEquals("to", normalized.original().substring(normalized.originalStart(read.get(1)), normalized.originalEnd(read.get(1))));
    }

    @Test
    void riskSignalsAreReadTolerantlyToo() {
        SignalScanner scanner = new SignalScanner(BOOK);
        assertEquals(scanner.scan(NORMALIZER.normalize("keep it a secret")),
                scanner.scan(NORMALIZER.normalize("keep it a secrte")));
        assertFalse(scanner.scan(NORMALIZER.normalize("keep it a secrte")).isEmpty());
    }

    @Test
    void findingsPointAtTheWordsAsWritten() {
        ContentScanner scanner = new ContentScanner(RuleBook.parse(NORMALIZER, "", List.of("""
                [hate.test]
                %category hate
                hatred
                death to them
                """)));
        String text = "Pure hatrd. Deathto them!";
        List<String> spans = scanner.scan(NORMALIZER.normalize(text), false).stream()
                .map(f -> text.substring(f.start(), f.end())).toList();
        assertTrue(spans.contains("hatrd"), spans.toString());
        assertTrue(spans.contains("Deathto them"), spans.toString());
    }
}
