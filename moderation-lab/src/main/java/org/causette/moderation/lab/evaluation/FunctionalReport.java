package org.causette.moderation.lab.evaluation;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.ModerationEngine;
import org.causette.moderation.engine.Submission;
import org.causette.moderation.engine.Verdict;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * The report section of one functional suite: recall on the cases to flag, false-positive rate on the cases to allow,
 * per group and per functionality, with misses and false positives quoted (the team wrote them, quoting is fine).
 * A case counts as flagged when the action is not allow, whatever the category: mask, hold and block all act.
 */
public final class FunctionalReport {

    private static final int QUOTED = 4;

    private final ModerationEngine engine;

    public FunctionalReport(ModerationEngine engine) {
        this.engine = engine;
    }

    /** one line per case outcome, kept for the summary and the tests */
    public record Outcome(FunctionalCase testCase, Verdict verdict) {
        public boolean flagged() {
            return verdict.action() != Action.ALLOW;
        }

        public boolean correct() {
            return flagged() == testCase.flag();
        }
    }

    public List<Outcome> run(FunctionalSuite suite) {
        return suite.cases().stream()
                .map(c -> new Outcome(c, engine.evaluate(Submission.of(c.text(), c.context()))))
                .toList();
    }

    /** appends the section and returns the overall scores (recall on flag cases, FPR on allow cases) */
    public BinaryScore append(FunctionalSuite suite, StringBuilder report) {
        List<Outcome> outcomes = run(suite);
        BinaryScore overall = new BinaryScore();
        Map<String, BinaryScore> byGroup = new LinkedHashMap<>();
        Map<String, BinaryScore> byFunctionality = new TreeMap<>();
        Map<String, BinaryScore> byContext = new TreeMap<>();
        Map<String, List<Outcome>> misses = new TreeMap<>();
        Map<String, List<Outcome>> falsePositives = new TreeMap<>();
        for (Outcome o : outcomes) {
            FunctionalCase c = o.testCase();
            overall.add(c.flag(), o.flagged());
            byGroup.computeIfAbsent(c.group(), k -> new BinaryScore()).add(c.flag(), o.flagged());
            byFunctionality.computeIfAbsent(c.functionality(), k -> new BinaryScore()).add(c.flag(), o.flagged());
            byContext.computeIfAbsent(c.context().key(), k -> new BinaryScore()).add(c.flag(), o.flagged());
            if (!o.correct()) {
                (c.flag() ? misses : falsePositives).computeIfAbsent(c.functionality(), k -> new ArrayList<>()).add(o);
            }
        }
        report.append("## Functional tests, ").append(suite.language()).append(" (team-written)\n\n")
                .append(String.format(Locale.ROOT, "%d cases (%d to flag, %d to allow) from `%s`, ",
                        outcomes.size(), overall.total() - overall.negatives(), overall.negatives(), suite.source()))
                .append("written by the team independently of the rules; each case in its own context. ")
                .append("Rule writers never read them; the false positives of their first measurement were then fixed, ")
                .append("so the false-positive rate is optimistic, the recall is not tuned. ")
                .append("Flagged = any action other than `allow` (mask, hold, block).\n\n")
                .append(String.format(Locale.ROOT, "- recall on `flag` cases: **%.1f %%**%n- false-positive rate on `allow` cases: **%.1f %%** (%d of %d)%n%n",
                        100 * overall.recall(), 100 * overall.falsePositiveRate(), overall.falsePositives(), overall.negatives()))
                .append("| group | cases | flag | allow | recall | false-positive rate |\n|---|---|---|---|---|---|\n");
        byGroup.forEach((g, s) -> report.append(row(g, s)));
        report.append("\n| context | cases | flag | allow | recall | false-positive rate |\n|---|---|---|---|---|---|\n");
        byContext.forEach((c, s) -> report.append(row(c, s)));
        report.append("\n| functionality | cases | expected | flagged | recall | false-positive rate |\n|---|---|---|---|---|---|\n");
        byFunctionality.forEach((f, s) -> report.append(String.format(Locale.ROOT, "| %s | %d | %s | %.1f %% | %s | %s |%n",
                f, s.total(), expected(s), 100 * s.flaggedRate(), recall(s), fpr(s))));
        report.append('\n');
        quote("Misses (`flag` cases allowed), by functionality", misses, report);
        quote("False positives (`allow` cases flagged), by functionality, with action and rules", falsePositives, report);
        return overall;
    }

    private static String row(String name, BinaryScore s) {
        long flag = s.total() - s.negatives();
        return String.format(Locale.ROOT, "| %s | %d | %d | %d | %s | %s |%n", name, s.total(), flag, s.negatives(), recall(s), fpr(s));
    }

    private static String expected(BinaryScore s) {
        long flag = s.total() - s.negatives();
        return flag == 0 ? "allow" : s.negatives() == 0 ? "flag" : flag + " flag, " + s.negatives() + " allow";
    }

    private static String recall(BinaryScore s) {
        return s.total() == s.negatives() ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * s.recall());
    }

    private static String fpr(BinaryScore s) {
        return s.negatives() == 0 ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * s.falsePositiveRate());
    }

    private static void quote(String title, Map<String, List<Outcome>> outcomes, StringBuilder report) {
        if (outcomes.isEmpty()) {
            return;
        }
        report.append("<details><summary>").append(title).append("</summary>\n\n");
        outcomes.forEach((functionality, list) -> {
            report.append("- `").append(functionality).append("` (").append(list.size()).append("): ");
            list.stream().limit(QUOTED).forEach(o -> {
                report.append("« ").append(shorten(o.testCase().text())).append(" »");
                if (o.flagged()) {
                    report.append(" (").append(o.verdict().action().name().toLowerCase(Locale.ROOT))
                            .append(' ').append(String.join(",", o.verdict().ruleIds())).append(')');
                }
                report.append(' ');
            });
            report.append('\n');
        });
        report.append("\n</details>\n\n");
    }

    private static String shorten(String text) {
        String t = text.replace("|", "/").replace("`", "'").strip();
        return t.length() > 90 ? t.substring(0, 87) + "..." : t;
    }
}
