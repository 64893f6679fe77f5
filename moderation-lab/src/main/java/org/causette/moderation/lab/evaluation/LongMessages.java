package org.causette.moderation.lab.evaluation;

import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationEngine;
import org.causette.moderation.engine.Submission;
import org.causette.moderation.engine.contacts.ContactShield;
import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.normalize.TextNormalizer;

import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The worst case of a verdict: messages of 5,000 characters (the longest a chatter may send) dense with phone
 * numbers, spelled-out handles, addresses and links, which keep the contact shield busiest. Needs no data set.
 */
final class LongMessages {

    static final int LENGTH = 5_000;
    static final List<String> TEXTS = List.of(
            fill("06 12 34 s n a p 12,99 € emma at gmail point www . x . com 3,14159265 @max "),
            fill("06 12 🌸 34 s n a p emma a gmail com 3,14159265 www . x . com @max2010 "));
    private static final Context[] CONTEXTS = {Context.ADULT_ROOM, Context.TEEN_ROOM};
    private static final int WARM_UP = 20;
    private static final int ROUNDS = 100;

    private final ModerationEngine engine;
    private final TextNormalizer normalizer = new TextNormalizer();
    private final ContactShield shield = new ContactShield();

    LongMessages(ModerationEngine engine) {
        this.engine = engine;
    }

    private static String fill(String piece) {
        return piece.repeat(LENGTH / piece.length() + 1).substring(0, LENGTH);
    }

    void append(StringBuilder report, Map<String, String> targets) {
        int n = TEXTS.size() * CONTEXTS.length * ROUNDS;
        long[] verdicts = new long[n];
        long[] scans = new long[n];
        measure(WARM_UP, new long[TEXTS.size() * CONTEXTS.length * WARM_UP], new long[TEXTS.size() * CONTEXTS.length * WARM_UP]);
        measure(ROUNDS, verdicts, scans);
        report.append("## Long messages\n\n")
                .append(String.format(Locale.ROOT, "%d verdicts on %d messages of %,d characters full of contact details ",
                        n, TEXTS.size(), LENGTH))
                .append("(phone numbers, spelled-out handles, addresses, links), in adult and teen rooms, after ")
                .append(WARM_UP).append(" rounds of warm-up; one thread. These figures replace the unit tests that used to time ")
                .append("the same messages (100 ms per verdict, 50 ms per contact scan).\n\n")
                .append("| measured ").append(LatencyTable.HEADER).append("|---|---|---|---|---|\n")
                .append(LatencyTable.row("verdict (rules and model, as shipped)", verdicts));
        double p99 = LatencyTable.percentile(verdicts, 0.99);
        report.append(LatencyTable.row("contact shield alone (on the normalised text)", scans)).append('\n');
        targets.put("p99 verdict latency of a 5,000-character message < 100 ms", String.format(Locale.ROOT, "%.3f ms", p99));
    }

    private void measure(int rounds, long[] verdicts, long[] scans) {
        int i = 0;
        for (int round = 0; round < rounds; round++) {
            for (String text : TEXTS) {
                for (Context context : CONTEXTS) {
                    long t0 = System.nanoTime();
                    engine.evaluate(Submission.of(text, context));
                    long t1 = System.nanoTime();
                    NormalizedText normalized = normalizer.normalize(text);
                    long t2 = System.nanoTime();
                    shield.scan(normalized);
                    long t3 = System.nanoTime();
                    verdicts[i] = t1 - t0;
                    scans[i] = t3 - t2;
                    i++;
                }
            }
        }
    }
}
