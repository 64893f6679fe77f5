package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.Category;
import org.causette.moderation.engine.normalize.TextNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * All rules, compiled from lexicon resources under {@code org/causette/moderation/engine/rules/}:
 * {@code classes.txt} (word classes) and the rule files listed in {@code index.txt}.
 * <pre>
 * [harassment.insult]         a section: the rule id
 * %category harassment        CONTENT rules: a category; or %kind allow-span | allow-message | risk
 * %severity high              low | medium | high | severe
 * %flags counterable          see {@link RuleFlag}
 * %signal AGE_QUESTION        RISK rules: the signal they raise (CONTENT rules may raise one too)
 * connard                     one pattern per line, see {@link PhrasePatternParser}
 * </pre>
 * Co-occurrence lines, {@code A & B}: two patterns in one clause, in either order ({@code A &> B}: A first) (see {@link CooccurrencePattern}),
 * with the section properties {@code %within 6} (most words between them, default 6), {@code %unless PATTERN}
 * (a guard: nothing is found in a sentence holding it; repeatable, also for plain pattern lines) and {@code %refer PATTERN} (pronouns that stand
 * for part A named in the same or a neighbouring sentence). A part may list several patterns separated by
 * {@code |} outside parentheses, or name a part defined in the file by {@code $name = pattern | pattern}.
 * Every word of the rules and classes is also matched when misspelt by one edit or glued to the next word
 * ({@link TolerantReader}); real words near them stay themselves through the guard list {@code common-words.txt},
 * made by {@code moderation-engine/tools/guard_words.py} (run it again after adding rule words).
 */
public final class RuleBook {

    private static final String BASE = "/org/causette/moderation/engine/rules/";

    private static final int DEFAULT_WITHIN = 6;
    private static final java.util.regex.Pattern PART_DEFINITION = java.util.regex.Pattern.compile("\\$\\w+\\s*=");

    private final List<PhrasePattern> patterns;
    private final List<CooccurrencePattern> cooccurrences;
    private final Set<String> ruleIds;
    private final TolerantReader tolerantReader;
    private final RuleSpellings spellings;

    private RuleBook(List<PhrasePattern> patterns, List<CooccurrencePattern> cooccurrences, Vocabulary vocabulary,
                     RuleSpellings spellings) {
        this.spellings = spellings;
        this.patterns = List.copyOf(patterns);
        this.cooccurrences = List.copyOf(cooccurrences);
        this.tolerantReader = new TolerantReader(vocabulary);
        Set<String> ids = new LinkedHashSet<>();
        patterns.forEach(p -> ids.add(p.rule().id()));
        cooccurrences.forEach(c -> ids.add(c.rule().id()));
        this.ruleIds = Set.copyOf(ids);
    }

    public static RuleBook fromClasspath(TextNormalizer normalizer) {
        String classes = resource("classes.txt");
        List<String> files = new ArrayList<>();
        for (String name : resource("index.txt").split("\n")) {
            if (!name.isBlank() && !name.startsWith("#")) {
                files.add(resource(name.trim()));
            }
        }
        return parse(normalizer, classes, files);
    }

    public static RuleBook parse(TextNormalizer normalizer, String classesText, List<String> ruleTexts) {
        WordClasses classes = new WordClasses();
        PhrasePatternParser parser = new PhrasePatternParser(classes, normalizer::canonicalWord, normalizer::writtenWord);
        parseClasses(classesText, classes, parser);
        List<PhrasePattern> patterns = new ArrayList<>();
        List<CooccurrencePattern> cooccurrences = new ArrayList<>();
        Map<String, List<PhrasePattern>> parts = new HashMap<>();
        for (String text : ruleTexts) {
            parseRules(text, parser, patterns, cooccurrences, parts);
        }
        return new RuleBook(patterns, cooccurrences,
                new Vocabulary(parser.words(), parser.stems(), CommonWords.shipped()), parser.spellings());
    }

    public Set<String> ruleIds() {
        return ruleIds;
    }

    /** Reads misspelt and glued words as the rule words they hide; built once from this book's vocabulary. */
    TolerantReader tolerantReader() {
        return tolerantReader;
    }

    RuleSpellings spellings() {
        return spellings;
    }

    List<PhrasePattern> patterns(RuleKind kind) {
        return patterns.stream().filter(p -> p.rule().kind() == kind).toList();
    }

    List<CooccurrencePattern> cooccurrences(RuleKind kind) {
        return cooccurrences.stream().filter(c -> c.rule().kind() == kind).toList();
    }

    private static void parseClasses(String text, WordClasses classes, PhrasePatternParser parser) {
        String name = null;
        StringBuilder body = new StringBuilder();
        for (String rawLine : (text + "\n@").split("\n")) {
            String line = stripComment(rawLine);
            if (line.isBlank() && !rawLine.equals("@")) {
                continue;
            }
            if (line.startsWith("@")) {
                if (name != null) {
                    List<List<Literal>> alternatives = new ArrayList<>();
                    for (String alternative : body.toString().split("\\|")) {
                        String a = alternative.trim();
                        if (a.isEmpty()) {
                            continue;
                        }
                        if (a.startsWith("@")) {
                            alternatives.addAll(classes.get(a.substring(1)));
                        } else {
                            List<Literal> sequence = new ArrayList<>();
                            for (String w : a.split("\\s+")) {
                                sequence.add(parser.literal(w, a));
                            }
                            alternatives.add(List.copyOf(sequence));
                        }
                    }
                    classes.define(name, List.copyOf(alternatives));
                }
                if (rawLine.equals("@")) {
                    break;
                }
                int eq = line.indexOf('=');
                if (eq < 0) {
                    throw new IllegalArgumentException("class line needs '=': " + line);
                }
                name = line.substring(1, eq).trim();
                body.setLength(0);
                body.append(line.substring(eq + 1)).append('|');
            } else {
                body.append(line).append('|');
            }
        }
    }

    private static void parseRules(String text, PhrasePatternParser parser, List<PhrasePattern> out,
                                   List<CooccurrencePattern> cooccurrences, Map<String, List<PhrasePattern>> parts) {
        String id = null;
        int within = DEFAULT_WITHIN;
        List<String> guards = new ArrayList<>();
        String refer = null;
        Map<String, String> named = new HashMap<>();
        RuleKind kind = RuleKind.CONTENT;
        Category category = null;
        Severity severity = Severity.MEDIUM;
        Set<RuleFlag> flags = EnumSet.noneOf(RuleFlag.class);
        String signal = null;
        Rule rule = null;
        for (String rawLine : text.split("\n")) {
            String line = stripComment(rawLine).trim();
            if (line.isEmpty()) {
                continue;
            }
            if (PART_DEFINITION.matcher(line).lookingAt()) {
                int eq = line.indexOf('=');
                named.put(line.substring(0, eq).trim(), line.substring(eq + 1).trim());
                continue;
            }
            if (line.startsWith("[")) {
                id = line.substring(1, line.indexOf(']')).trim();
                kind = RuleKind.CONTENT;
                category = null;
                severity = Severity.MEDIUM;
                flags = EnumSet.noneOf(RuleFlag.class);
                signal = null;
                rule = null;
                within = DEFAULT_WITHIN;
                guards = new ArrayList<>();
                refer = null;
            } else if (line.startsWith("%")) {
                String[] kv = line.substring(1).split("\\s+", 2);
                String value = kv.length > 1 ? kv[1].trim() : "";
                switch (kv[0]) {
                    case "category" -> category = Category.fromId(value);
                    case "severity" -> severity = Severity.valueOf(value.toUpperCase(java.util.Locale.ROOT));
                    case "kind" -> kind = RuleKind.valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                    case "signal" -> signal = value;
                    case "within" -> within = Integer.parseInt(value);
                    case "unless" -> guards.add(value);
                    case "refer" -> refer = value;
                    case "flags" -> {
                        for (String f : value.split("[\\s,]+")) {
                            flags.add(RuleFlag.parse(f));
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown property in [" + id + "]: " + line);
                }
                rule = null;
            } else {
                if (id == null) {
                    throw new IllegalArgumentException("pattern outside a section: " + line);
                }
                if (rule == null) {
                    if (kind == RuleKind.CONTENT && category == null) {
                        throw new IllegalArgumentException("section [" + id + "] has no %category");
                    }
                    if (kind == RuleKind.RISK && signal == null) {
                        throw new IllegalArgumentException("risk section [" + id + "] has no %signal");
                    }
                    rule = new Rule(id, kind, category, severity, Set.copyOf(flags), signal);
                }
                int and = line.indexOf(" & ");
                boolean ordered = false;
                if (and < 0 && line.contains(" &> ")) {
                    and = line.indexOf(" &> ");
                    ordered = true;
                }
                if (and >= 0) {
                    List<PhrasePattern> first = part(line.substring(0, and), named, rule, parser, parts);
                    List<PhrasePattern> guardParts = new ArrayList<>();
                    for (String guard : guards) {
                        guardParts.addAll(part(guard, named, rule, parser, parts));
                    }
                    List<PhrasePattern> referParts = refer == null ? List.of() : part(refer, named, rule, parser, parts);
                    cooccurrences.add(new CooccurrencePattern(rule, first, part(line.substring(and + (ordered ? 4 : 3)), named, rule, parser, parts),
                            ordered, within, guardParts, referParts, new PhrasePattern(rule, first.get(0).elements(), line)));
                    continue;
                }
                List<PhrasePattern> lineGuards = new ArrayList<>();
                for (String guard : guards) {
                    lineGuards.addAll(part(guard, named, rule, parser, parts));
                }
                for (List<PhraseElement> elements : parser.parse(line)) {
                    out.add(new PhrasePattern(rule, elements, line, List.copyOf(lineGuards)));
                }
            }
        }
    }

    /** The patterns of one part of a co-occurrence line, shared by every line that writes the part alike. */
    private static List<PhrasePattern> part(String text, Map<String, String> named, Rule rule, PhrasePatternParser parser,
                                            Map<String, List<PhrasePattern>> parts) {
        String t = text.trim();
        for (Map.Entry<String, String> part : named.entrySet()) {
            t = t.replace(part.getKey(), part.getValue());
        }
        if (t.contains("$")) {
            throw new IllegalArgumentException("unknown part in: " + text);
        }
        List<PhrasePattern> cached = parts.get(t);
        if (cached != null) {
            return cached;
        }
        List<PhrasePattern> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i <= t.length(); i++) {
            char c = i < t.length() ? t.charAt(i) : '|';
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (c == '|' && depth == 0) {
                String piece = t.substring(start, i).trim();
                parser.parse(piece).forEach(e -> out.add(new PhrasePattern(rule, e, piece)));
                start = i + 1;
            }
        }
        parts.put(t, List.copyOf(out));
        return parts.get(t);
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        String s = hash >= 0 ? line.substring(0, hash) : line;
        return s.stripTrailing();
    }

    static String resource(String name) {
        try (InputStream in = RuleBook.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
