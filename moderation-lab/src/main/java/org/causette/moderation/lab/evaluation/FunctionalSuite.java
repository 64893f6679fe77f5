package org.causette.moderation.lab.evaluation;

import org.causette.moderation.engine.Context;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A team-written functional test suite, one TSV file per language ({@code fr.tsv}, {@code en.tsv}): lines starting with
 * {@code #} are comments, then a header {@code functionality expected context text}, then one case per line.
 * Reading fails on the first malformed line, so that a broken file is never half measured.
 */
/** {@code source}: the file it was read from, as given (quoted in the report) */
public record FunctionalSuite(String language, String source, List<FunctionalCase> cases) {

    static final List<String> HEADER = List.of("functionality", "expected", "context", "text");
    private static final Map<String, Context> CONTEXTS = Map.of(
            "adult-room", Context.ADULT_ROOM, "teen-room", Context.TEEN_ROOM,
            "direct", Context.ADULT_DIRECT, "teen-direct", Context.TEEN_DIRECT);
    private static final Pattern FUNCTIONALITY = Pattern.compile("[a-z]+(\\.[a-z0-9-]+)+");

    public FunctionalSuite {
        cases = List.copyOf(cases);
    }

    /** every {@code *.tsv} of the folder, by file name; none when the folder does not exist */
    public static List<FunctionalSuite> readAll(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> suites = files.filter(p -> p.getFileName().toString().endsWith(".tsv")).sorted().toList();
            List<FunctionalSuite> read = new ArrayList<>();
            for (Path file : suites) {
                read.add(read(file));
            }
            return read;
        }
    }

    public static FunctionalSuite read(Path file) throws IOException {
        String name = file.getFileName().toString();
        return parse(name.substring(0, name.length() - ".tsv".length()), file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }

    static FunctionalSuite parse(String language, String source, String content) {
        List<FunctionalCase> cases = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        boolean header = false;
        String[] lines = content.split("\r?\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            int number = i + 1;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            List<String> columns = List.of(line.split("\t", -1));
            if (!header) {
                if (!columns.equals(HEADER)) {
                    throw malformed(language, number, "header must be " + String.join(" <tab> ", HEADER));
                }
                header = true;
                continue;
            }
            if (columns.size() != HEADER.size()) {
                throw malformed(language, number, HEADER.size() + " tab-separated columns expected, found " + columns.size());
            }
            String functionality = columns.get(0);
            if (!FUNCTIONALITY.matcher(functionality).matches()) {
                throw malformed(language, number, "functionality must look like group.name: " + functionality);
            }
            boolean flag = switch (columns.get(1)) {
                case "flag" -> true;
                case "allow" -> false;
                default -> throw malformed(language, number, "expected must be flag or allow: " + columns.get(1));
            };
            Context context = CONTEXTS.get(columns.get(2));
            if (context == null) {
                throw malformed(language, number, "context must be one of " + CONTEXTS.keySet() + ": " + columns.get(2));
            }
            String text = columns.get(3);
            if (text.isBlank() || !text.equals(text.strip())) {
                throw malformed(language, number, "text must be non-empty with no surrounding spaces");
            }
            Integer earlier = seen.putIfAbsent(duplicateKey(text), number);
            if (earlier != null) {
                throw malformed(language, number, "same text as line " + earlier);
            }
            cases.add(new FunctionalCase(functionality, flag, context, text, number));
        }
        if (!header) {
            throw malformed(language, lines.length, "no header");
        }
        return new FunctionalSuite(language, source, cases);
    }

    /** case and runs of spaces do not make a new case */
    private static String duplicateKey(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    }

    private static IllegalArgumentException malformed(String language, int line, String problem) {
        return new IllegalArgumentException("functional suite " + language + ", line " + line + ": " + problem);
    }
}
