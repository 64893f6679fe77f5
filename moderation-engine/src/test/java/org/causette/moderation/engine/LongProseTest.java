package org.causette.moderation.engine;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.causette.moderation.engine.SharedEngine.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Ordinary prose of any length up to 1,000 characters gets a verdict without category: the statistical model used
 * to score harmless French paragraphs as harassment from about 450 characters on, for their length.
 */
class LongProseTest {

    private static final int MAX_LENGTH = 1000;

    @Test
    void leavesOrdinaryProseOfAnyLengthAlone() throws IOException {
        List<String> paragraphs = paragraphs();
        assertTrue(paragraphs.size() >= 16, "paragraphs: " + paragraphs.size());
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            // each paragraph followed by the next, so that texts reach 1,000 characters
            texts.addAll(sentencePrefixes(paragraphs.get(i) + " " + paragraphs.get((i + 1) % paragraphs.size())));
        }
        assertTrue(texts.stream().anyMatch(t -> t.length() > 900), "no text near 1,000 characters");
        List<String> flagged = new ArrayList<>();
        for (String text : texts) {
            for (Context context : List.of(Context.TEEN_ROOM, Context.ADULT_ROOM, Context.TEEN_DIRECT)) {
                Verdict v = verdict(text, context);
                if (!v.categories().isEmpty() || v.action() != Action.ALLOW) {
                    flagged.add(context + " " + text.length() + " chars " + v.ruleIds() + " " + v.score());
                }
            }
        }
        assertEquals(List.of(), flagged, texts.size() + " texts");
    }

    /** Every prefix of the text that ends a sentence, up to {@value #MAX_LENGTH} characters. */
    private static List<String> sentencePrefixes(String text) {
        List<String> prefixes = new ArrayList<>();
        for (int i = 0; i < text.length() && i < MAX_LENGTH; i++) {
            char c = text.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                prefixes.add(text.substring(0, i + 1));
            }
        }
        return prefixes;
    }

    private static List<String> paragraphs() throws IOException {
        try (InputStream in = LongProseTest.class.getResourceAsStream("long-prose-fr.txt")) {
            assertNotNull(in, "long-prose-fr.txt missing from the test resources");
            List<String> out = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    out.add(line.strip());
                }
            }
            return out;
        }
    }
}
