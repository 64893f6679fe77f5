package org.causette.moderation.engine.policy;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Category;
import org.causette.moderation.engine.Verdict;
import org.causette.moderation.engine.rules.Finding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A verdict while {@link VerdictPolicy} builds it, step by step. */
final class VerdictDraft {

    static final String MASK = "•••";

    Action action = Action.ALLOW;
    double score;
    /** the first one names the verdict; the rest in the order they were found */
    Set<String> categories = new LinkedHashSet<>();
    final Set<String> ruleIds = new LinkedHashSet<>();
    /** what the reason speaks of */
    Category topCategory;
    /** the action is the model's alone: the reason says so */
    boolean byModel;
    final List<Finding> masked = new ArrayList<>();

    void raiseScore(double value) {
        score = Math.max(score, value);
    }

    void putFirst(String category) {
        Set<String> reordered = new LinkedHashSet<>();
        reordered.add(category);
        reordered.addAll(categories);
        categories = reordered;
    }

    Verdict verdict(String text, String reason) {
        String maskedText = action == Action.MASK ? mask(text, masked) : text;
        return new Verdict(action, List.copyOf(categories), List.copyOf(ruleIds), reason, maskedText, Math.min(1.0, score));
    }

    static String mask(String text, List<Finding> spans) {
        List<Finding> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Finding::start));
        StringBuilder out = new StringBuilder(text.length());
        int position = 0;
        for (Finding f : sorted) {
            if (f.end() <= position) {
                continue;
            }
            int start = Math.max(position, f.start());
            out.append(text, position, start);
            if (start == f.start()) {
                out.append(MASK);
            }
            position = f.end();
        }
        out.append(text.substring(Math.min(position, text.length())));
        return out.toString();
    }
}
