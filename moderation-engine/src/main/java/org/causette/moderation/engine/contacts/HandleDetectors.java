package org.causette.moderation.engine.contacts;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;

import static org.causette.moderation.engine.contacts.ContactPatterns.*;
import static org.causette.moderation.engine.contacts.RegexContactDetector.containsAny;

/** Social handles given with their platform: "mon snap c'est max2010", "tiktok: max.2010", "@max2010 sur insta", "snap max_2010". */
final class HandleDetectors {

    private static final Set<String> NOT_HANDLES = Set.of("pas", "nul", "nulle", "casse", "bloque", "bug", "mort", "ferme",
            "supprime", "hack", "hacke", "le", "la", "les", "un", "une", "pareil", "prive", "quoi", "bien", "trop", "plus",
            "ouvert", "down", "broken", "private", "dead", "not", "the", "same", "banni", "ban", "suspendu", "vide",
            "sur", "dans", "pour", "mon", "ton", "son", "moi", "toi", "public", "nouveau", "new", "gone", "deleted",
            "hacked", "locked", "blocked", "mieux", "nickel", "genial", "top", "naze", "pourri", "chiant", "boring",
            "cool", "fun", "ouf", "vraiment", "really", "also", "aussi", "encore", "still", "desactive",
            "perdu", "lost", "banned", "tout", "rien", "nothing", "full", "plein");

    /** stems of every name {@link ContactPatterns#PLATFORMS} knows */
    private static final Predicate<String> NAMES_A_PLATFORM = containsAny("snap", "snp", "sc", "insta", "ig", "tik",
            "what", "wsp", "wtsp", "tele", "tlg", "discord", "kik", "face", "fb", "twitter", "skype", "twitch", "onlyfans",
            "mym", "signal", "threads", "bereal", "wechat", "viber", "messenger");

    private HandleDetectors() {
    }

    static List<RegexContactDetector> all() {
        return List.of(
                new RegexContactDetector(ContactRules.HANDLE, NAMES_A_PLATFORM,
                        "\\b" + PLATFORMS + "\\s{0,3}+(?::|=|->|=>|>|→|➡|👉)\\s{0,3}+" + QUOTE + "@?" + HANDLE,
                        HandleDetectors::isHandle),
                new RegexContactDetector(ContactRules.HANDLE, NAMES_A_PLATFORM,
                        "\\b(?:mon|ma|my|notre|our)\\s{1,3}+" + PLATFORMS + IS + QUOTE + "@?" + HANDLE,
                        HandleDetectors::isHandle),
                new RegexContactDetector(ContactRules.HANDLE, NAMES_A_PLATFORM,
                        "\\b(?:my|our)\\s{1,3}+" + PLATFORMS + IS_EN + QUOTE + "(?:@" + HANDLE + "|" + HANDLE_LIKE + ")"),
                new RegexContactDetector(ContactRules.HANDLE, NAMES_A_PLATFORM, "\\b" + PLATFORMS + "\\s{1,3}+(?:@" + HANDLE + "|" + HANDLE_LIKE + ")"),
                new RegexContactDetector(ContactRules.HANDLE, NAMES_A_PLATFORM,
                        "(?:(?<![a-z0-9._-])@" + HANDLE + "|\\b" + HANDLE_LIKE + ")\\s{1,3}+(?:sur|on|en|dans|in|sr|via)\\s{1,3}+"
                                + "(?:mon\\s{1,3}+|my\\s{1,3}+|ma\\s{1,3}+|le\\s{1,3}+)?" + PLATFORMS + "\\b"));
    }

    private static boolean isHandle(Matcher m) {
        String handle = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
        return handle != null && !NOT_HANDLES.contains(handle);
    }
}
