package org.causette.moderation.lab.cli;

import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationEngine;
import org.causette.moderation.engine.Submission;
import org.causette.moderation.engine.Verdict;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code moderate --context adult-room|teen-room|direct|teen-direct|nickname|room-name [--conversation]}: one JSON
 * string per input line, one JSON verdict per output line, in order, flushed per line. Without
 * {@code --conversation} every line stands alone (no history); with it, all lines come from one sender in one
 * channel, a few seconds apart.
 */
final class ModerateCommand {

    static Context parseContext(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "adult-room", "adult" -> Context.ADULT_ROOM;
            case "teen-room", "teen" -> Context.TEEN_ROOM;
            case "direct", "adult-direct" -> Context.ADULT_DIRECT;
            case "teen-direct" -> Context.TEEN_DIRECT;
            case "nickname" -> Context.NICKNAME;
            case "room-name" -> Context.ROOM_NAME;
            default -> throw new IllegalArgumentException("unknown context: " + value
                    + " (adult-room, teen-room, direct, teen-direct, nickname, room-name)");
        };
    }

    int run(Context context, boolean conversation, BufferedReader in, PrintStream out) throws IOException {
        ModerationEngine engine = ModerationEngine.withDefaults();
        Instant start = Instant.now();
        String line;
        long n = 0;
        while ((line = in.readLine()) != null) {
            String json;
            try {
                String text = JsonText.parseString(line);
                Submission submission = conversation
                        ? new Submission(text, context, "cli-sender", "cli-channel", start.plus(Duration.ofSeconds(5 * n)))
                        : Submission.of(text, context);
                json = toJson(engine.evaluate(submission));
            } catch (RuntimeException e) {
                json = "{\"error\": " + JsonText.quote(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()) + "}";
            }
            out.println(json);
            out.flush();
            n++;
        }
        return 0;
    }

    static String toJson(Verdict v) {
        String categories = v.categories().stream().map(JsonText::quote).collect(Collectors.joining(", "));
        return "{\"action\": \"" + v.action().name().toLowerCase(Locale.ROOT) + "\", \"categories\": [" + categories
                + "], \"score\": " + String.format(Locale.ROOT, "%.2f", v.score()) + "}";
    }
}
