package org.causette.moderation.engine.normalize;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TextNormalizerTest {

    private final TextNormalizer cut = new TextNormalizer();

    private List<String> words(String text) {
        return cut.normalize(text).words().stream().map(Token::text).toList();
    }

    private List<String> collapsed(String text) {
        return cut.normalize(text).collapsed().stream().map(Token::text).toList();
    }

    @Test
    void foldsCaseAccentsAndWidth() {
        assertEquals(List.of("pede"), words("PÉDÉ"));
        assertEquals(List.of("snap"), words("ｓｎａｐ"));
    }

    @Test
    void removesZeroWidthAndBidiControls() {
        assertEquals(List.of("conard"), words("con\u200Bn\u200Dard\u202E"));
    }

    @Test
    void mapsConfusablesWithIcuSkeletons() {
        // Cyrillic а, е, о, р and Greek ο look like Latin letters
        assertEquals(List.of("pute"), words("рutе"));
        assertEquals(List.of("salope"), words("sаlοpе"));
    }

    @Test
    void decodesLeetspeakOnlyInsideWords() {
        assertEquals(List.of("pede"), words("p3d3"));
        assertEquals(List.of("salope"), words("$al0pe"));
        assertEquals(List.of("0612345678"), words("0612345678"));
        assertEquals(List.of("salut"), words("salut!"));
    }

    @Test
    void squeezesRepeatedLetters() {
        assertEquals(List.of("conard"), words("coooonnard"));
        assertEquals(words("connard"), words("coooonnnnaaaard"));
    }

    @Test
    void collapsesSpacedLettersAndInWordSeparators() {
        assertEquals(List.of("salepd"), collapsed("s a l e  p.d"));
        assertEquals(List.of("t", "es", "un", "pd"), collapsed("t'es un p.d"));
        assertEquals(List.of("fdp"), collapsed("f-d-p"));
    }

    @Test
    void keepsOriginalOffsetsForMasking() {
        NormalizedText text = cut.normalize("Ａ ｓｎａｐ !");
        Token snap = text.words().get(1);
        assertEquals("ｓｎａｐ", text.original().substring(text.originalStart(snap), text.originalEnd(snap)));
    }

    @Test
    void splitsCamelCaseForNames() {
        assertEquals(List.of("sale", "pute", "93"), cut.normalize("SalePute93", true).words().stream().map(Token::text).toList());
        assertTrue(cut.normalize("SalePute93", false).words().size() == 1);
        assertFalse(cut.normalize("bonjour", false).hasCollapsedView());
    }
}
