package org.causette.moderation.transparency.control;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.transparency.entity.Facts;
import org.causette.moderation.transparency.entity.TransparencyReport;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Counts a period's facts into a transparency report, and writes it as CSV. Pure: no store, no clock. */
public final class TransparencyFigures {
    public static final ZoneId ZONE = ZoneId.of("Europe/Paris");
    static final long MAX_DAYS = 731;

    private TransparencyFigures() {
    }

    /** Whole days in Paris time: from midnight on {@code from} to midnight after {@code to}. */
    public record Window(LocalDate from, LocalDate to, Instant start, Instant end) {
        public boolean contains(Instant at) {
            return at != null && !at.isBefore(start) && at.isBefore(end);
        }
    }

    public static Window window(String from, String to) {
        var first = date("from", from);
        var last = date("to", to);
        if (last.isBefore(first)) {
            throw ProblemException.invalidField("to", "on or after from");
        }
        if (Duration.between(first.atStartOfDay(), last.atStartOfDay()).toDays() >= MAX_DAYS) {
            throw ProblemException.invalidField("to", "at most " + MAX_DAYS + " days after from");
        }
        return new Window(first, last, first.atStartOfDay(ZONE).toInstant(), last.plusDays(1).atStartOfDay(ZONE).toInstant());
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            throw ProblemException.invalidField(field, "required, YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw ProblemException.invalidField(field, "a date as YYYY-MM-DD");
        }
    }

    public static TransparencyReport of(Window w, Collection<Facts.Notice> notices, Collection<Facts.Decision> decisions,
                                        Collection<Facts.Appeal> appeals) {
        var inNotices = notices.stream().filter(n -> w.contains(n.at())).toList();
        var inDecisions = decisions.stream().filter(d -> w.contains(d.decidedAt())).toList();
        var automated = inDecisions.stream().filter(Facts.Decision::automated).toList();
        var human = inDecisions.stream().filter(Predicate.not(Facts.Decision::automated)).toList();
        var handled = human.stream().filter(d -> d.firstReportAt() != null)
                .map(d -> Duration.between(d.firstReportAt(), d.decidedAt()).toSeconds()).toList();
        var received = appeals.stream().filter(a -> w.contains(a.filedAt())).count();
        var decided = appeals.stream().filter(a -> a.outcome() != null && w.contains(a.reviewedAt())).toList();
        return new TransparencyReport(
                new TransparencyReport.Period(w.from(), w.to(), ZONE.getId()),
                new TransparencyReport.Notices(inNotices.size(), count(inNotices, Facts.Notice::category),
                        inNotices.stream().filter(Facts.Notice::trustedFlagger).count()),
                new TransparencyReport.Decisions(inDecisions.size(), automated.size(), human.size(),
                        count(inDecisions, Facts.Decision::action), count(inDecisions, Facts.Decision::ground),
                        count(automated, Facts.Decision::action), count(human, Facts.Decision::action)),
                new TransparencyReport.Handling(handled.size(), median(handled)),
                new TransparencyReport.Appeals(received, decided.size(), count(decided, Facts.Appeal::outcome),
                        median(decided.stream().map(a -> Duration.between(a.filedAt(), a.reviewedAt()).toSeconds())
                                .toList())),
                null);
    }

    static <T> Map<String, Long> count(Collection<T> items, Function<T, String> key) {
        var counts = new TreeMap<String, Long>();
        items.forEach(i -> counts.merge(key.apply(i) == null ? "unknown" : key.apply(i), 1L, Long::sum));
        return counts;
    }

    /** The median in whole seconds (the lower one's mean for an even count), null for none. */
    static Long median(List<Long> values) {
        if (values.isEmpty()) {
            return null;
        }
        var sorted = new ArrayList<>(values);
        sorted.sort(null);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : Math.floorDiv(sorted.get(n / 2 - 1) + sorted.get(n / 2), 2);
    }

    /** One row per figure: {@code section,key,value}, with a header row. */
    public static String csv(TransparencyReport r) {
        var out = new StringBuilder("section,key,value\r\n");
        row(out, "period", "from", r.period().from());
        row(out, "period", "to", r.period().to());
        row(out, "period", "time-zone", r.period().timeZone());
        row(out, "notices", "total", r.notices().total());
        rows(out, "notices.category", r.notices().byCategory());
        row(out, "notices", "trusted-flaggers", r.notices().fromTrustedFlaggers());
        var d = r.decisions();
        row(out, "decisions", "total", d.total());
        row(out, "decisions", "automated", d.automated());
        row(out, "decisions", "human", d.human());
        rows(out, "decisions.action", d.byAction());
        rows(out, "decisions.ground", d.byGround());
        rows(out, "decisions.automated.action", d.automatedByAction());
        rows(out, "decisions.human.action", d.humanByAction());
        row(out, "handling", "decisions-on-notices", r.handling().decisionsOnNotices());
        row(out, "handling", "median-seconds-report-to-decision", r.handling().medianSecondsReportToDecision());
        row(out, "appeals", "received", r.appeals().received());
        row(out, "appeals", "decided", r.appeals().decided());
        rows(out, "appeals.outcome", r.appeals().byOutcome());
        row(out, "appeals", "median-seconds-to-decision", r.appeals().medianSecondsToDecision());
        row(out, "users", "active", r.activeUsers());
        return out.toString();
    }

    private static void rows(StringBuilder out, String section, Map<String, Long> counts) {
        counts.forEach((k, v) -> row(out, section, k, v));
    }

    private static void row(StringBuilder out, String section, String key, Object value) {
        out.append(field(section)).append(',').append(field(key)).append(',')
                .append(value == null ? "" : field(value.toString())).append("\r\n");
    }

    /** RFC 4180 quoting; a leading = + - @ is defused so a spreadsheet never runs it as a formula. */
    static String field(String s) {
        var safe = !s.isEmpty() && "=+-@".indexOf(s.charAt(0)) >= 0 && !s.matches("-?\\d+") ? "'" + s : s;
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return "\"" + safe.replace("\"", "\"\"") + "\"";
        }
        return safe;
    }
}
