package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.Category;
import org.causette.moderation.engine.normalize.TextNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
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
 */
public final class RuleBook {

    private static final String BASE = "/org/causette/moderation/engine/rules/";

    private final List<PhrasePattern> patterns;
    private final Set<String> ruleIds;

    private RuleBook(List<PhrasePattern> patterns) {
        this.patterns = List.copyOf(patterns);
        Set<String> ids = new LinkedHashSet<>();
        patterns.forEach(p -> ids.add(p.rule().id()));
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
        PhrasePatternParser parser = new PhrasePatternParser(classes, normalizer::canonicalWord);
        parseClasses(classesText, classes, parser);
        List<PhrasePattern> patterns = new ArrayList<>();
        for (String text : ruleTexts) {
            parseRules(text, parser, patterns);
        }
        return new RuleBook(patterns);
    }

    public Set<String> ruleIds() {
        return ruleIds;
    }

    List<PhrasePattern> patterns(RuleKind kind) {
        return patterns.stream().filter(p -> p.rule().kind() == kind).toList();
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

    private static void parseRules(String text, PhrasePatternParser parser, List<PhrasePattern> out) {
        String id = null;
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
            if (line.startsWith("[")) {
                id = line.substring(1, line.indexOf(']')).trim();
                kind = RuleKind.CONTENT;
                category = null;
                severity = Severity.MEDIUM;
                flags = EnumSet.noneOf(RuleFlag.class);
                signal = null;
                rule = null;
            } else if (line.startsWith("%")) {
                String[] kv = line.substring(1).split("\\s+", 2);
                String value = kv.length > 1 ? kv[1].trim() : "";
                switch (kv[0]) {
                    case "category" -> category = Category.fromId(value);
                    case "severity" -> severity = Severity.valueOf(value.toUpperCase(java.util.Locale.ROOT));
                    case "kind" -> kind = RuleKind.valueOf(value.toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
                    case "signal" -> signal = value;
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
                for (List<PhraseElement> elements : parser.parse(line)) {
                    out.add(new PhrasePattern(rule, elements, line));
                }
            }
        }
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        String s = hash >= 0 ? line.substring(0, hash) : line;
        return s.stripTrailing();
    }

    private static String resource(String name) {
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
