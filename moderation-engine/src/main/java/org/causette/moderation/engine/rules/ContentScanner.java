package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.Category;
import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.normalize.Token;
import org.causette.moderation.engine.normalize.WordForms;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs the content rules on every view of a message (word level, separator-collapsed, glued letters), then drops
 * what the allowlists cover: negated statements, counter-speech and reporting, reclaimed and harmless phrases.
 */
public final class ContentScanner {

    private static final Set<String> NEGATORS = Set.of("not", "dont", "don", "doesn", "didn", "never", "no", "isn",
            "aren", "won", "shouldn", "cant", "can", "nobody", "ne", "n", "pas", "jamais", "aucun", "aucune", "personne");
    private static final int NEGATION_WINDOW = 3;
    /** words outside quotation marks that make the quoted part reported speech ("for saying "...""). */
    private static final Set<String> REPORTING = Set.of("say", "says", "said", "saying", "tell", "told", "telling",
            "call", "called", "calling", "write", "wrote", "writing", "written", "post", "posted", "posting", "posts",
            "tweet", "tweeted", "tweets", "message", "messages", "comment", "comments", "like", "quote", "quoted",
            "word", "words", "send", "sent", "sends", "shout", "shouted", "yell", "yelled", "screamed", "text",
            "texted", "reply", "replied", "repeat", "repeating", "blocked", "block", "report", "reported", "banned",
            "dit", "dire", "dis", "disait", "disent", "dise", "ecrit", "ecrire", "ecrivent", "traite", "traiter", "mess",
            "traitait", "appele", "appelle", "appeler", "mot", "mots", "insulte", "insultes",
            "comme", "genre", "envoye", "envoie", "envoyer", "signale", "signaler", "bloque", "bloquer", "repete",
            "balance", "sorti", "crie", "hurle",
            // where the quoted words were seen or heard, and condemnation of them
            "tag", "tags", "tague", "tagues", "taguee", "graffiti", "graffitis", "inscription", "slogan", "slogans",
            "pancarte", "banderole", "affiche", "propos", "phrase", "chant", "chants", "scandaient", "criaient",
            "lu", "lire", "entendu", "entendre", "honte", "inacceptable", "scandaleux", "choquant", "ecoeurant",
            "sprayed", "painted", "spray", "sign", "signs", "chanting", "chanted", "heard", "read", "shame",
            "unacceptable", "shocking", "ecris", "lance", "lancer", "commentaire", "commentaires", "vocabulaire",
            "rhetorique", "discours", "parle", "parler", "entends", "entend", "cite", "citer");
    /** stems of verbs and nouns of saying, writing or repeating, in any form ("répéter", "chanté", "hurlaient") */
    private static final List<String> REPORTING_STEMS = List.of("ecriv", "entend", "repet", "chant", "hurl",
            "pretend", "affirm", "racont", "commentai", "proclam", "scand");
    /** words outside the quotes that endorse the quoted words: then they are said, not reported */
    private static final Set<String> ENDORSING = Set.of("verite", "raison", "exactement", "assume", "assumer",
            "daccord", "truth");

    private final PhraseMatcher content;
    private final CooccurrenceMatcher cooccurrences;
    /** the {@code %unless} phrases of plain pattern lines */
    private final PhraseMatcher guards;
    private final PhraseMatcher allowSpans;
    private final PhraseMatcher allowMessage;
    private final Banter banter;
    private final List<PhrasePattern> substringTerms;
    private final TolerantReader tolerant;
    private final RuleSpellings spellings;

    public ContentScanner(RuleBook book) {
        this.tolerant = book.tolerantReader();
        this.spellings = book.spellings();
        this.content = new PhraseMatcher(book.patterns(RuleKind.CONTENT));
        this.cooccurrences = new CooccurrenceMatcher(book.cooccurrences(RuleKind.CONTENT));
        this.guards = new PhraseMatcher(book.patterns(RuleKind.CONTENT).stream()
                .flatMap(p -> p.guards().stream()).distinct().toList());
        this.allowSpans = new PhraseMatcher(book.patterns(RuleKind.ALLOW_SPAN));
        this.allowMessage = new PhraseMatcher(book.patterns(RuleKind.ALLOW_MESSAGE));
        this.banter = new Banter(book);
        this.substringTerms = book.patterns(RuleKind.CONTENT).stream()
                .filter(p -> p.singleWord() != null && p.rule().has(RuleFlag.SUBSTRING_IN_JOINED))
                .filter(p -> p.singleWord().word().length() >= 2)
                .toList();
    }

    public List<Finding> scan(NormalizedText text, boolean name) {
        TokenForms[] words = TokenForms.of(text.words());
        TokenForms[] collapsed = text.hasCollapsedView() ? TokenForms.of(text.collapsed()) : null;
        TokenForms[] tolerantWords = tolerantView(text.words(), text);
        TokenForms[] tolerantCollapsed = collapsed != null ? tolerantView(text.collapsed(), text) : null;

        boolean counterSpeech = !allowMessage.findAll(words).isEmpty()
                || collapsed != null && !allowMessage.findAll(collapsed).isEmpty();
        List<int[]> allowed = new ArrayList<>();
        addSpans(allowSpans.findAll(words), words, allowed);
        if (collapsed != null) {
            addSpans(allowSpans.findAll(collapsed), collapsed, allowed);
        }

        List<int[]> quoted = name ? List.of() : reportedQuotes(text.folded().text(), words);

        List<Finding> findings = new ArrayList<>();
        String folded = text.folded().text();
        addFindings(text, unguarded(content.findAll(words), words, folded), words, name, counterSpeech, allowed, quoted, findings);
        addFindings(text, cooccurrences.findAll(words, folded), words, name, counterSpeech, allowed, quoted, findings);
        if (collapsed != null) {
            addFindings(text, unguarded(content.findAll(collapsed), collapsed, folded), collapsed, name, counterSpeech, allowed, quoted, findings);
            addFindings(text, cooccurrences.findAll(collapsed, folded), collapsed, name, counterSpeech, allowed, quoted, findings);
        }
        // a tolerant reading may add findings and allow its own ones, never allow what was written plainly
        for (TokenForms[] view : new TokenForms[][]{tolerantWords, tolerantCollapsed}) {
            if (view == null) {
                continue;
            }
            boolean counterSpeechToo = counterSpeech || !allowMessage.findAll(view).isEmpty();
            List<int[]> allowedToo = new ArrayList<>(allowed);
            addSpans(allowSpans.findAll(view), view, allowedToo);
            List<Finding> read = name ? new ArrayList<>() : findings;
            addFindings(text, unguarded(content.findAll(view), view, folded), view, name, counterSpeechToo, allowedToo, quoted, read);
            addFindings(text, cooccurrences.findAll(view, folded), view, name, counterSpeechToo, allowedToo, quoted, read);
            if (name) {
                // a name one letter from a rule word, or glued from one, is mostly a real name (Dickens, Catrin,
                // Gerhard): in names only slurs are read that tolerantly
                read.removeIf(f -> f.category() != Category.HATE);
                findings.addAll(read);
            }
        }
        if (collapsed != null) {
            for (TokenForms token : collapsed) {
                if (token.token().joined() && token.text().length() >= 4
                        && !covered(token.token().foldedStart(), token.token().foldedEnd(), allowed)) {
                    substringFindings(text, token.token(), name, counterSpeech, findings);
                }
            }
        }
        if (!name && banter.in(text, words, collapsed)) {
            findings.removeIf(f -> f.rule().has(RuleFlag.BANTERABLE));
        }
        return findings;
    }

    /** The view with misspelt and glued words read as rule words, or null when every word reads as itself. */
    private TokenForms[] tolerantView(List<Token> tokens, NormalizedText text) {
        List<Token> read = tolerant.read(tokens, text.folded());
        return read == tokens ? null : TokenForms.of(read);
    }

    /** The matches left once those with a guard phrase of their section in their sentence are dropped. */
    private List<PhraseMatch> unguarded(List<PhraseMatch> matches, TokenForms[] view, String folded) {
        if (matches.stream().allMatch(m -> m.pattern().guards().isEmpty())) {
            return matches;
        }
        List<PhraseMatch> found = guards.findAll(view);
        if (found.isEmpty()) {
            return matches;
        }
        Clauses clauses = Clauses.of(view, folded);
        List<PhraseMatch> kept = new ArrayList<>(matches.size());
        for (PhraseMatch m : matches) {
            boolean guarded = false;
            for (PhraseMatch g : found) {
                guarded |= m.pattern().guards().contains(g.pattern())
                        && clauses.sentence(g.firstToken()) == clauses.sentence(m.firstToken());
            }
            if (!guarded) {
                kept.add(m);
            }
        }
        return kept;
    }

    /**
     * Whether an allowlist covers part of the message: counter-speech or reporting, a reclaimed or harmless phrase,
     * or a quotation the message reports. The statistical model does not act alone on such messages.
     */
    public boolean allowlisted(NormalizedText text) {
        TokenForms[] words = TokenForms.of(text.words());
        TokenForms[] collapsed = text.hasCollapsedView() ? TokenForms.of(text.collapsed()) : null;
        if (!allowMessage.findAll(words).isEmpty() || !allowSpans.findAll(words).isEmpty()) {
            return true;
        }
        if (collapsed != null && (!allowMessage.findAll(collapsed).isEmpty() || !allowSpans.findAll(collapsed).isEmpty())) {
            return true;
        }
        return !reportedQuotes(text.folded().text(), words).isEmpty();
    }

    private void addFindings(NormalizedText text, List<PhraseMatch> matches, TokenForms[] view, boolean name,
                             boolean counterSpeech, List<int[]> allowed, List<int[]> quoted, List<Finding> out) {
        for (PhraseMatch match : matches) {
            Rule rule = match.rule();
            if (!applies(rule, name, counterSpeech)) {
                continue;
            }
            // co-occurrence matches were checked for negation by their own matcher
            if (rule.has(RuleFlag.NEGATABLE) && !match.pattern().isCooccurrence() && negated(view, match)) {
                continue;
            }
            Token first = view[match.firstToken()].token();
            Token last = view[match.endToken() - 1].token();
            if (name && first == last && !first.joined() && !readsAsWritten(text, first)) {
                continue;
            }
            if (covered(last.foldedStart(), last.foldedEnd(), allowed)) {
                continue;
            }
            if (isCounterable(rule) && covered(first.foldedStart(), last.foldedEnd(), quoted)) {
                continue;
            }
            int end = rule.has(RuleFlag.EXTEND_TO_WORD_END) ? extendToWhitespace(text, last.foldedEnd()) : last.foldedEnd();
            out.add(new Finding(rule, text.folded().toOriginalStart(first.foldedStart()), text.folded().toOriginalEnd(end)));
        }
    }

    private boolean readsAsWritten(NormalizedText text, Token token) {
        String written = WordForms.decodeLeet(text.folded().text().substring(token.foldedStart(), token.foldedEnd()));
        return spellings.readsAsWritten(token.text(), written);
    }

    private void substringFindings(NormalizedText text, Token token, boolean name, boolean counterSpeech, List<Finding> out) {
        for (PhrasePattern term : substringTerms) {
            if (applies(term.rule(), name, counterSpeech) && token.text().contains(term.singleWord().word())) {
                out.add(new Finding(term.rule(), text.originalStart(token), text.originalEnd(token)));
            }
        }
    }

    /**
     * Spans between quotation marks that the rest of the message reports ("blocked for saying "..."",
     * « il m'a écrit "..." »): what is quoted is not said to anyone. Only when a reporting word stands outside
     * the quotes, so that quoting alone does not hide an insult.
     */
    static List<int[]> reportedQuotes(String folded, TokenForms[] words) {
        List<int[]> spans = null;
        int open = -1;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            boolean opening = c == '\u201C' || c == '\u00AB' || c == '\u201E';
            boolean closing = c == '\u201D' || c == '\u00BB';
            if (c == '"') {
                opening = open < 0;
                closing = open >= 0;
            }
            if (opening && open < 0) {
                open = i;
            } else if (closing && open >= 0) {
                if (spans == null) {
                    spans = new ArrayList<>(2);
                }
                spans.add(new int[]{open, i + 1});
                open = -1;
            }
        }
        if (spans == null) {
            return List.of();
        }
        boolean reporting = false;
        for (TokenForms w : words) {
            if (covered(w.token().foldedStart(), w.token().foldedEnd(), spans)) {
                continue;
            }
            if (ENDORSING.contains(w.text())) {
                return List.of();
            }
            reporting |= REPORTING.contains(w.text()) || REPORTING_STEMS.stream().anyMatch(w.text()::startsWith);
        }
        return reporting ? spans : List.of();
    }

    private static boolean applies(Rule rule, boolean name, boolean counterSpeech) {
        if (rule.has(RuleFlag.NAMES_ONLY) && !name) {
            return false;
        }
        return !(counterSpeech && isCounterable(rule));
    }

    private static boolean isCounterable(Rule rule) {
        Category c = rule.category();
        return rule.has(RuleFlag.COUNTERABLE) || c == Category.HATE || c == Category.HARASSMENT || c == Category.THREAT;
    }

    private static boolean negated(TokenForms[] view, PhraseMatch match) {
        int from = Math.max(0, match.firstToken() - NEGATION_WINDOW);
        boolean restrictive = false;
        for (int i = from; i < match.endToken(); i++) {
            String t = view[i].text();
            restrictive |= t.equals("qu") || t.equals("que");
        }
        for (int i = from; i < match.endToken(); i++) {
            String t = view[i].text();
            // "tu n'es qu'une ..." is restrictive, not a negation
            if (NEGATORS.contains(t) && !(restrictive && (t.equals("ne") || t.equals("n")))) {
                return true;
            }
        }
        return false;
    }

    private static void addSpans(List<PhraseMatch> matches, TokenForms[] view, List<int[]> spans) {
        for (PhraseMatch m : matches) {
            spans.add(new int[]{view[m.firstToken()].token().foldedStart(), view[m.endToken() - 1].token().foldedEnd()});
        }
    }

    /** A finding is allowed when an allowlisted phrase contains its last word (the offending one, mostly). */
    private static boolean covered(int start, int end, List<int[]> spans) {
        for (int[] span : spans) {
            if (start >= span[0] && end <= span[1]) {
                return true;
            }
        }
        return false;
    }

    private static int extendToWhitespace(NormalizedText text, int foldedEnd) {
        String s = text.folded().text();
        int i = foldedEnd;
        while (i < s.length() && !Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }
}
