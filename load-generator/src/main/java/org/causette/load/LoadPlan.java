package org.causette.load;

import java.time.Duration;
import java.util.HashMap;

/** What to run: R rooms of U users each, M messages per second in all, for a duration. */
public record LoadPlan(String url, int rooms, int usersPerRoom, double messagesPerSecond, Duration duration,
                       boolean findSaturation) {

    static LoadPlan parse(String[] args) {
        var options = new HashMap<String, String>();
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--saturation")) {
                options.put("saturation", "true");
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i].substring(2), args[++i]);
            } else {
                throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        try {
            return new LoadPlan(options.getOrDefault("url", "http://localhost:8080"),
                    Integer.parseInt(options.getOrDefault("rooms", "20")),
                    Integer.parseInt(options.getOrDefault("users", "25")),
                    Double.parseDouble(options.getOrDefault("rate", "100")),
                    Duration.ofSeconds(Long.parseLong(options.getOrDefault("duration", "30"))),
                    options.containsKey("saturation"));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("not a number: " + e.getMessage());
        }
    }

    LoadPlan atRate(double rate) {
        return new LoadPlan(url, rooms, usersPerRoom, rate, duration, findSaturation);
    }
}
