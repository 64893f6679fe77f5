package org.causette.moderation.engine.names;

import org.causette.moderation.engine.normalize.ConfusableFolder;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Nicknames that pass for the staff or the platform ("Modérateur", "m0derator", Cyrillic "Мoderator", "_admin_",
 * "Admin.01", "xXsupportXx", "SupportTeam"). A nickname is read in every spelling a chatter would read it in: accents,
 * case and lookalike letters of other scripts folded, digits read as letters (leetspeak) or dropped as decoration,
 * repeated letters squeezed. Long, unambiguous words ({@link #ANYWHERE}) are refused anywhere in the nickname; short
 * ones ({@link #AS_A_WORD}) only as a word of their own, possibly with a decorating word ("team", "officiel"), so
 * "Robot", "Bottine", "Abbott", "Supportive" or "Badminton" stay ordinary nicknames.
 */
public final class StaffLookalikes {
    private static final List<String> ANYWHERE = List.of("moderat", "moderad", "administrat", "gendarmerie",
            "causette", "officiel", "official", "webmaster", "sysadmin");
    private static final List<String> AS_A_WORD = List.of("admin", "admins", "mod", "mods", "modo", "modos",
            "staff", "support", "systeme", "system", "police", "policier", "policiere", "gendarme", "gendarmes", "bot",
            "bots", "root", "sysop", "operateur", "operator");
    private static final Set<String> DECORATIONS = Set.of("team", "equipe", "officiel", "official", "the", "real",
            "vrai", "chef", "head", "super", "main", "fr", "be", "staff", "admin", "modo", "mod", "support", "bot",
            "service", "center", "centre", "officer", "agent", "man", "ofc", "x", "xx");
    /** Below this length a squeezed word would meet too many ordinary ones ("Boot", "Mood"). */
    private static final int SQUEEZE_FROM = 5;

    private final ConfusableFolder folder = new ConfusableFolder();

    public boolean refuses(String nickname) {
        var folded = fold(nickname);
        for (var whole : spellings(folded.replaceAll("[_.\\-]", "").toLowerCase(Locale.ROOT))) {
            var squeezed = squeeze(whole);
            for (var word : ANYWHERE) {
                if (whole.contains(word) || squeezed.contains(squeeze(word))) {
                    return true;
                }
            }
        }
        var words = new ArrayList<String>();
        words.add(folded.replaceAll("[_.\\-]", ""));
        words.addAll(List.of(folded.split("[_.\\-]+|(?<=[a-z])(?=[A-Z])")));
        for (var word : words) {
            for (var spelling : spellings(word.toLowerCase(Locale.ROOT))) {
                if (isStaffWord(trimX(spelling))) {
                    return true;
                }
            }
        }
        return false;
    }

    private String fold(String nickname) {
        var out = new StringBuilder(nickname.length());
        nickname.codePoints().forEach(cp -> out.append(folder.fold(cp)));
        return out.toString();
    }

    /** The word with digits read as letters (1 as i or l), and with digits dropped. */
    private static Set<String> spellings(String word) {
        var result = new LinkedHashSet<String>();
        result.add(leet(word, 'i'));
        result.add(leet(word, 'l'));
        result.add(word.replaceAll("[0-9]", ""));
        result.remove("");
        return result;
    }

    private static String leet(String word, char one) {
        var out = new StringBuilder(word.length());
        for (var c : word.toCharArray()) {
            out.append(switch (c) {
                case '0' -> 'o';
                case '1' -> one;
                case '2' -> 'z';
                case '3' -> 'e';
                case '4' -> 'a';
                case '5' -> 's';
                case '6', '9' -> 'g';
                case '7' -> 't';
                case '8' -> 'b';
                default -> c;
            });
        }
        return out.toString();
    }

    private static boolean isStaffWord(String word) {
        for (var term : AS_A_WORD) {
            var plain = plain(term);
            if (matches(word, plain)) {
                return true;
            }
            for (var decoration : DECORATIONS) {
                if (matches(word, plain + decoration) || matches(word, decoration + plain)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean matches(String word, String term) {
        return word.equals(term) || term.length() >= SQUEEZE_FROM && squeeze(word).equals(squeeze(term));
    }

    private static String plain(String term) {
        return leet(java.text.Normalizer.normalize(term, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", ""), 'i');
    }

    /** "xXsupportXx" reads as "support". */
    private static String trimX(String word) {
        var trimmed = word.replaceAll("^x+|x+$", "");
        return trimmed.isEmpty() ? word : trimmed;
    }

    private static String squeeze(String word) {
        return word.replaceAll("(.)\\1+", "$1");
    }
}
