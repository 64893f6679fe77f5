package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.rules.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

import static org.causette.moderation.engine.contacts.ContactPatterns.*;

/**
 * Finds contact details in a message: phone numbers, e-mail addresses (also "arobase", "(at)", "point com",
 * "emma2011 a gmail com"), links (also "www . x . com", "bit ly/x", "x point com slash y"), social handles given with
 * their platform ("mon snap c'est max2010", "@max2010 sur insta", "s n a p : m a x 2 0 1 0"), postal addresses.
 * Invitations to move to another app ("ajoute moi sur snap") are phrase rules of {@code contacts.rules}, run by the
 * content scanner.
 */
public final class ContactShield {

    /** the rule id of a link (a burst of links is flood) */
    public static final String URL_RULE = ContactRules.URL.id();

    private static final String LOCAL = "(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]{0,63}+)";
    /** a local part cut by spaced or spoken dots: "emma . dupont", "emma point dupont" */
    private static final String SPACED_LOCAL = "(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]{0,63}+(?:(?:" + DOT_SPACED + "|" + DOT_WORD
            + ")[a-z0-9][a-z0-9._%+-]{0,40}+){0,2}+)";
    private static final Set<String> NOT_HANDLES = Set.of("pas", "nul", "nulle", "casse", "bloque", "bug", "mort", "ferme",
            "supprime", "hack", "hacke", "le", "la", "les", "un", "une", "pareil", "prive", "quoi", "bien", "trop", "plus",
            "ouvert", "down", "broken", "private", "dead", "not", "the", "same", "banni", "ban", "suspendu", "vide",
            "sur", "dans", "pour", "mon", "ton", "son", "moi", "toi", "public", "nouveau", "new", "gone", "deleted",
            "hacked", "locked", "blocked", "mieux", "nickel", "genial", "top", "naze", "pourri", "chiant", "boring",
            "cool", "fun", "ouf", "vraiment", "really", "also", "aussi", "encore", "still", "desactive",
            "perdu", "lost", "banned", "tout", "rien", "nothing", "full", "plein");
    /** words before "a gmail" that say something about a mail account rather than spell one */
    private static final Set<String> NOT_MAIL_NAMES = Set.of("moi", "toi", "lui", "elle", "suis", "est", "mail", "mails",
            "message", "messages", "compte", "adresse", "inscrit", "inscrite", "connecte", "pas", "va", "vais", "tout",
            "tous", "email", "pareil", "ecris", "ecrit", "envoie", "envoye", "account", "me", "you", "him", "her", "it",
            "log", "logged", "sign", "signed", "co", "deco", "bosse", "travaille", "works", "work");

    private final PhoneNumberDetector phones = new PhoneNumberDetector();
    private final List<RegexContactDetector> detectors = List.of(
            new RegexContactDetector(ContactRules.EMAIL,
                    SPACED_LOCAL + AT_SIGN + "[a-z0-9-]{1,63}+(?:" + DOT_ANY + "[a-z0-9-]{1,63}+){0,3}" + DOT_ANY + "[a-z]{2,10}+\\b"),
            new RegexContactDetector(ContactRules.EMAIL,
                    SPACED_LOCAL + AT_WORD + "[a-z0-9-]{1,63}+(?:" + DOT_ANY + "[a-z0-9-]{1,63}+){0,3}" + DOT_ANY + SPOKEN_TLDS + "\\b"),
            new RegexContactDetector(ContactRules.EMAIL, SPACED_LOCAL + "(?:" + AT_SIGN + "|" + AT_WORD + ")" + MAIL_PROVIDERS + "\\b"),
            new RegexContactDetector(ContactRules.EMAIL,
                    LOCAL + "((?:" + DOT_WORD + "[a-z0-9][a-z0-9._-]{0,40}+){0,2}+)" + AT_LOOSE + MAIL_ONLY_PROVIDERS
                            + "(?:(?:" + DOT_ANY + "|\\s{1,3}+)(" + SPOKEN_TLDS + ")\\b)?",
                    ContactShield::spellsAnAddress),
            new RegexContactDetector(ContactRules.URL, "(?:https?\\s{0,2}+:\\s{0,2}+/\\s{0,2}+/\\s{0,2}+|www\\.)[a-z0-9][^\\s]{0,300}+"),
            new RegexContactDetector(ContactRules.URL,
                    "\\bwww(?:" + DOT_SPACED + "|" + DOT_WORD + ")[a-z0-9-]{1,63}+(?:" + DOT_ANY + "[a-z0-9-]{1,63}+){0,3}+" + PATH),
            new RegexContactDetector(ContactRules.URL,
                    "(?<![a-z0-9@.-])(?:[a-z0-9-]{1,63}+\\.){1,4}+" + TLDS + "(?![a-z0-9-])(?:/[^\\s]{0,300}+)?"),
            new RegexContactDetector(ContactRules.URL,
                    "(?<![a-z0-9@.-])[a-z0-9-]{2,63}+(?:" + DOT_SPACED + "|" + DOT_WORD + ")" + LINK_SPOKEN_TLDS + "(?![a-z0-9'-])" + PATH),
            new RegexContactDetector(ContactRules.URL,
                    "\\b" + LINK_HOSTS + "(?:" + DOT_ANY + "|\\s{1,2}+)" + LINK_HOST_TLDS
                            + "\\s{0,2}+(?:/|slash)\\s{0,2}+[a-z0-9._~%?=&#+-]{1,200}+"),
            new RegexContactDetector(ContactRules.HANDLE,
                    "\\b" + PLATFORMS + "\\s{0,3}+(?::|=|->|=>|>|→|➡|👉)\\s{0,3}+" + QUOTE + "@?" + HANDLE,
                    ContactShield::isHandle),
            new RegexContactDetector(ContactRules.HANDLE,
                    "\\b(?:mon|ma|my|notre|our)\\s{1,3}+" + PLATFORMS + IS + QUOTE + "@?" + HANDLE,
                    ContactShield::isHandle),
            new RegexContactDetector(ContactRules.HANDLE,
                    "\\b(?:my|our)\\s{1,3}+" + PLATFORMS + IS_EN + QUOTE + "(?:@" + HANDLE + "|" + HANDLE_LIKE + ")"),
            new RegexContactDetector(ContactRules.HANDLE, "\\b" + PLATFORMS + "\\s{1,3}+(?:@" + HANDLE + "|" + HANDLE_LIKE + ")"),
            new RegexContactDetector(ContactRules.HANDLE,
                    "(?:(?<![a-z0-9._-])@" + HANDLE + "|\\b" + HANDLE_LIKE + ")\\s{1,3}+(?:sur|on|en|dans|in|sr|via)\\s{1,3}+"
                            + "(?:mon\\s{1,3}+|my\\s{1,3}+|ma\\s{1,3}+|le\\s{1,3}+)?" + PLATFORMS + "\\b"),
            new RegexContactDetector(ContactRules.ADDRESS,
                    "\\b\\d{1,4}+(?:\\s{0,2}+(?:bis|ter))?(?:\\s{0,2}+,\\s{0,2}+|\\s{1,2}+)(?:rue|avenue|av|boulevard|bd|chemin|place|allee|impasse"
                            + "|chaussee|route|quai|square|cours|street|road)\\s{1,3}+(?:de\\s|du\\s|des\\s|d'|la\\s|l')?\\s{0,2}+[a-z]{2,}+"),
            new RegexContactDetector(ContactRules.ADDRESS,
                    "\\b\\d{1,4}+\\s{1,2}+[a-z]{3,20}+\\s{1,2}+(?:street|road|avenue|lane|drive|boulevard)\\b"));

    public List<Finding> scan(NormalizedText text) {
        List<Finding> findings = new ArrayList<>();
        phones.detect(text, findings);
        ContactText view = ContactText.of(text);
        for (RegexContactDetector detector : detectors) {
            detector.detect(view, findings);
        }
        findings.replaceAll(f -> withTrailingMarks(f, text.original()));
        return findings;
    }

    /** Keycaps and variation selectors fold to nothing: the mask must still cover them ("6️⃣" is "6" + FE0F + 20E3). */
    private static Finding withTrailingMarks(Finding f, String original) {
        int end = f.end();
        while (end < original.length() && isMark(original.charAt(end))) {
            end++;
        }
        return end == f.end() ? f : new Finding(f.rule(), f.start(), end);
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK || type == Character.FORMAT;
    }

    private static boolean isHandle(Matcher m) {
        String handle = m.group(1) != null ? m.group(1) : m.groupCount() > 1 ? m.group(2) : null;
        return handle != null && !NOT_HANDLES.contains(handle);
    }

    /** "emma2011 a gmail com", "emma point dupont chez gmail": a name that looks like an address, or a domain ending. */
    private static boolean spellsAnAddress(Matcher m) {
        String name = m.group(1);
        if (NOT_MAIL_NAMES.contains(name)) {
            return false;
        }
        boolean marked = name.chars().anyMatch(c -> Character.isDigit(c) || c == '.' || c == '_');
        return marked || !m.group(2).isEmpty() || m.group(3) != null;
    }
}
