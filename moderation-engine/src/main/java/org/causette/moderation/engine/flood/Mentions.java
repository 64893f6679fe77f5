package org.causette.moderation.engine.flood;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts the distinct members a message mentions ("@lou"); e-mail addresses are not mentions. */
public final class Mentions {
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_.@])@([\\p{L}\\p{N}_.-]{2,32})");

    private Mentions() {
    }

    public static int count(String text) {
        Set<String> names = new HashSet<>();
        Matcher m = MENTION.matcher(text);
        while (m.find()) {
            names.add(m.group(1).toLowerCase(Locale.ROOT));
        }
        return names.size();
    }
}
