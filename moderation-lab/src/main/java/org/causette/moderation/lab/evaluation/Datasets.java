package org.causette.moderation.lab.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Readers for the shared evaluation data sets (see each folder's SOURCE.txt for origin, labels and licence).
 * Nothing is copied: texts are read from the shared folder at evaluation time.
 */
public final class Datasets {

    private final Path root;

    public Datasets(Path root) {
        this.root = root;
    }

    public boolean has(String relative) {
        return Files.isRegularFile(root.resolve(relative));
    }

    /** CyberAgressionAdo dev: positive = overtly or covertly aggressive (OAG, CAG); label = OAG, CAG or NAG. */
    public List<LabeledText> cyberAgressionAdo() {
        return fromCsv("cyberagressionado_fr_dev/split_dev_v2convs.csv", ',', "TEXT", "HATE",
                label -> !label.equals("NAG"));
    }

    /** MLMA: positive = toxic (any hostility other than a single "normal"); label = the sentiment labels. */
    public List<LabeledText> mlma(String language) {
        return fromCsv("mlma_hate_speech/" + language + "_dataset.csv", ',', "tweet", "sentiment",
                label -> !label.equals("normal"));
    }

    /** Davidson: label 0 hate, 1 offensive, 2 neither; positive = hate or offensive. */
    public List<LabeledText> davidson() {
        return fromCsv("davidson_hsol_en/labeled_data.csv", ',', "tweet", "class", label -> !label.equals("2"));
    }

    /** HateCheck: positive = hateful; label = functionality. */
    public List<LabeledText> hateCheck() {
        List<List<String>> rows = CsvReader.parse(read("hatecheck_en/test_suite_cases.csv"), ',');
        Map<String, Integer> columns = columns(rows.get(0));
        List<LabeledText> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() < columns.size()) {
                continue;
            }
            out.add(new LabeledText(row.get(columns.get("test_case")).strip(),
                    row.get(columns.get("label_gold")).equals("hateful"), row.get(columns.get("functionality"))));
        }
        return out;
    }

    /** HateCheck's targeted identity per case, in the order of {@link #hateCheck()} ("" when none). */
    public List<String> hateCheckTargets() {
        List<List<String>> rows = CsvReader.parse(read("hatecheck_en/test_suite_cases.csv"), ',');
        Map<String, Integer> columns = columns(rows.get(0));
        List<String> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() >= columns.size()) {
                out.add(row.get(columns.get("target_ident")).strip());
            }
        }
        return out;
    }

    /** UCI SMS spam: positive = spam. */
    public List<LabeledText> smsSpam() {
        return fromCsv("sms_spam_uci/SMSSpamCollection_with_header.tsv", '\t', "SMS", "Label", label -> label.equals("spam"));
    }

    private List<LabeledText> fromCsv(String file, char separator, String textColumn, String labelColumn,
                                      java.util.function.Predicate<String> positive) {
        List<List<String>> rows = separator == '\t' ? tsv(read(file)) : CsvReader.parse(read(file), separator);
        Map<String, Integer> columns = columns(rows.get(0));
        int text = columns.get(textColumn);
        int label = columns.get(labelColumn);
        List<LabeledText> out = new ArrayList<>();
        for (List<String> row : rows.subList(1, rows.size())) {
            if (row.size() <= Math.max(text, label)) {
                continue;
            }
            String l = row.get(label).strip();
            out.add(new LabeledText(row.get(text), positive.test(l), l));
        }
        return out;
    }

    /** The SMS file is not quoted CSV: one message per line, label TAB text. */
    private static List<List<String>> tsv(String content) {
        List<List<String>> rows = new ArrayList<>();
        for (String line : content.split("\r?\n")) {
            int tab = line.indexOf('\t');
            if (tab > 0) {
                rows.add(List.of(line.substring(0, tab), line.substring(tab + 1)));
            }
        }
        return rows;
    }

    private static Map<String, Integer> columns(List<String> header) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.put(header.get(i).strip().replace("\uFEFF", ""), i);
        }
        return columns;
    }

    private String read(String relative) {
        try {
            return Files.readString(root.resolve(relative), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
