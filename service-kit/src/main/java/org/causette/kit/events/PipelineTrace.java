package org.causette.kit.events;

import jakarta.jms.JMSException;
import jakarta.jms.Message;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Timestamps of one message's hops through the pipeline (gateway, messaging, moderation, messaging, gateway), carried
 * from process to process in a JMS property (and an HTTP header on the first hop) so that the last hop can tell where
 * the time went. Wall-clock microseconds: meaningful between processes on one machine (or with synchronised clocks).
 * Names and times only, never content. The trace of the message being handled lives in a thread-local between
 * {@link #begin} and {@link #end}.
 */
public final class PipelineTrace {
    public static final String PROPERTY = "causetteTrace";
    public static final String HEADER = "X-Causette-Trace";
    private static final int MAX_LENGTH = 1024;
    private static final Pattern WELL_FORMED = Pattern.compile("([a-z.-]{1,40}=\\d{1,20})(;[a-z.-]{1,40}=\\d{1,20})*");
    private static final ThreadLocal<StringBuilder> CURRENT = new ThreadLocal<>();

    public record Hop(String name, long epochMicros) {
    }

    private PipelineTrace() {
    }

    /** Starts the trace of the message handled on this thread with what earlier hops carried (ignored if malformed). */
    public static void begin(String carried) {
        var trace = new StringBuilder(256);
        if (carried != null && carried.length() <= MAX_LENGTH && WELL_FORMED.matcher(carried).matches()) {
            trace.append(carried);
        }
        CURRENT.set(trace);
    }

    /** A trace that starts here and now, to hand to the next hop. */
    public static String starting(String hop) {
        return hop + "=" + nowMicros();
    }

    /** Notes that the current message reached {@code hop} now; does nothing outside {@link #begin}/{@link #end}. */
    public static void stamp(String hop) {
        var trace = CURRENT.get();
        if (trace == null || trace.length() > MAX_LENGTH - 64) {
            return;
        }
        if (!trace.isEmpty()) {
            trace.append(';');
        }
        trace.append(hop).append('=').append(nowMicros());
    }

    /** The trace so far, or null outside {@link #begin}/{@link #end}. */
    public static String current() {
        var trace = CURRENT.get();
        return trace == null || trace.isEmpty() ? null : trace.toString();
    }

    public static void end() {
        CURRENT.remove();
    }

    public static String of(Message message) {
        try {
            return message.getStringProperty(PROPERTY);
        } catch (JMSException | RuntimeException e) {
            return null;
        }
    }

    public static List<Hop> hops(String trace) {
        var hops = new ArrayList<Hop>();
        if (trace == null || trace.isEmpty() || trace.length() > MAX_LENGTH || !WELL_FORMED.matcher(trace).matches()) {
            return hops;
        }
        for (var part : trace.split(";")) {
            int eq = part.indexOf('=');
            hops.add(new Hop(part.substring(0, eq), Long.parseLong(part.substring(eq + 1))));
        }
        return hops;
    }

    /** "a→b 1.2 ms, b→c 3.4 ms, total 4.6 ms": the time between consecutive hops. */
    public static String describe(List<Hop> hops) {
        if (hops.size() < 2) {
            return "no hops";
        }
        var text = new StringBuilder();
        for (int i = 1; i < hops.size(); i++) {
            text.append(hops.get(i).name()).append(' ')
                    .append(millis(hops.get(i).epochMicros() - hops.get(i - 1).epochMicros())).append(" ms, ");
        }
        return text.append("total ").append(millis(hops.get(hops.size() - 1).epochMicros() - hops.get(0).epochMicros()))
                .append(" ms").toString();
    }

    public static long nowMicros() {
        return ChronoUnit.MICROS.between(Instant.EPOCH, Instant.now());
    }

    private static String millis(long micros) {
        return String.format(java.util.Locale.ROOT, "%.1f", micros / 1000.0);
    }
}
