package org.causette.moderation.lab.evaluation;

import org.causette.moderation.engine.Context;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The team-written suites are well formed; how the engine does on them is the evaluation's business, not a test's. */
class FunctionalSuiteTest {

    /** the suites are the engine's specification: they stay beside it */
    private static final Path SUITES = Path.of("../moderation-engine/functional-tests");
    private static final String HEADER = "functionality\texpected\tcontext\ttext\n";

    @Test
    void bothLanguagesAreThereAndWellFormed() throws Exception {
        List<FunctionalSuite> suites = FunctionalSuite.readAll(SUITES);
        assertEquals(List.of("en", "fr"), suites.stream().map(FunctionalSuite::language).toList());
        for (FunctionalSuite suite : suites) {
            assertTrue(suite.cases().size() >= 200, suite.language() + ": " + suite.cases().size() + " cases");
            assertTrue(suite.cases().stream().anyMatch(FunctionalCase::flag), suite.language() + ": no flag case");
            assertTrue(suite.cases().stream().anyMatch(c -> !c.flag()), suite.language() + ": no allow case");
        }
    }

    @Test
    void readsCommentsHeaderAndCases() {
        FunctionalSuite cut = FunctionalSuite.parse("xx", "xx.tsv", "# team-written\n" + HEADER
                + "hate.derogation\tflag\tadult-room\tsome text\n\ncontrast.neutral\tallow\tteen-direct\tother text\n");
        assertEquals(2, cut.cases().size());
        FunctionalCase second = cut.cases().get(1);
        assertEquals("contrast", second.group());
        assertEquals(Context.TEEN_DIRECT, second.context());
        assertEquals(5, second.line());
    }

    @Test
    void rejectsMalformedLines() {
        assertThrows(IllegalArgumentException.class, () -> FunctionalSuite.parse("xx", "xx.tsv", "a\tb\n"));
        assertThrows(IllegalArgumentException.class, () -> FunctionalSuite.parse("xx", "xx.tsv", HEADER + "hate.x\tmaybe\tadult-room\tt\n"));
        assertThrows(IllegalArgumentException.class, () -> FunctionalSuite.parse("xx", "xx.tsv", HEADER + "hate.x\tflag\tlobby\tt\n"));
        assertThrows(IllegalArgumentException.class, () -> FunctionalSuite.parse("xx", "xx.tsv", HEADER + "hate\tflag\tadult-room\tt\n"));
        assertThrows(IllegalArgumentException.class, () -> FunctionalSuite.parse("xx", "xx.tsv", HEADER + "hate.x\tflag\tadult-room\n"));
        assertThrows(IllegalArgumentException.class, () -> FunctionalSuite.parse("xx", "xx.tsv", HEADER + "hate.x\tflag\tadult-room\t t\n"));
    }

    @Test
    void rejectsDuplicateTexts() {
        var e = assertThrows(IllegalArgumentException.class, () -> FunctionalSuite.parse("xx", "xx.tsv", HEADER
                + "hate.x\tflag\tadult-room\tSame  text\nhate.y\tallow\tteen-room\tsame text\n"));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void anAbsentFolderIsNoSuite() throws Exception {
        assertEquals(List.of(), FunctionalSuite.readAll(Path.of("no-such-folder")));
    }
}
