package org.causette.moderation.lab.evaluation;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EvaluationTest {

    static Path datasets() {
        String configured = System.getProperty("causette.datasets");
        Path path = configured != null ? Path.of(configured) : Path.of("../../shared/datasets");
        return path;
    }

    @Test
    void computesMacroF1() {
        BinaryScore cut = new BinaryScore();
        cut.add(true, true);
        cut.add(true, false);
        cut.add(false, false);
        cut.add(false, true);
        assertEquals(0.5, cut.precision(), 1e-9);
        assertEquals(0.5, cut.macroF1(), 1e-9);
        assertEquals(0.5, cut.falsePositiveRate(), 1e-9);
    }

    @Test
    void parsesQuotedCsv() {
        List<List<String>> rows = CsvReader.parse("a,b\n\"x, \"\"y\"\"\",\"line\nbreak\"\r\n", ',');
        assertEquals(List.of(List.of("a", "b"), List.of("x, \"y\"", "line\nbreak")), rows);
    }

    @Test
    void readsTheSharedDataSetsWhenPresent() {
        Datasets cut = new Datasets(datasets());
        assumeTrue(Files.isDirectory(datasets()) && cut.has("cyberagressionado_fr_dev/split_dev_v2convs.csv"),
                "shared data sets not available");
        List<LabeledText> dev = cut.cyberAgressionAdo();
        assertEquals(3015, dev.size());
        assertTrue(dev.stream().anyMatch(LabeledText::positive));
        assertEquals(3728, cut.hateCheck().size());
    }

    @Test
    void withoutDataSetsTheReportStillTimesTheLongestMessages(@TempDir Path dir) throws Exception {
        Path report = dir.resolve("quality.md");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int status = new EvaluateCommand().run(dir.resolve("no-data-sets"), null, report, "evaluate", new PrintStream(out, true, StandardCharsets.UTF_8));
        assertEquals(0, status);
        String text = Files.readString(report);
        assertTrue(text.contains("## Long messages"), text);
        assertTrue(text.contains("| verdict (rules and model, as shipped) |"), text);
        assertTrue(text.contains("| p99 verdict latency of a 5,000-character message < 100 ms | "), text);
    }
}
