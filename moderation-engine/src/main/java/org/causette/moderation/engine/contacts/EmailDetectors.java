package org.causette.moderation.engine.contacts;

import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;

import static org.causette.moderation.engine.contacts.ContactPatterns.*;
import static org.causette.moderation.engine.contacts.RegexContactDetector.containsAny;

/** E-mail addresses, also spaced or disguised: "emma . dupont @ gmail . com", "emma(at)gmail(dot)com", "emma2011 a gmail com". */
final class EmailDetectors {

    private static final String LOCAL = "(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]{0,63}+)";
    /** a local part cut by spaced or spoken dots: "emma . dupont", "emma point dupont" */
    private static final String SPACED_LOCAL = "(?<![a-z0-9._%+-])([a-z0-9][a-z0-9._%+-]{0,63}+(?:(?:" + DOT_SPACED + "|" + DOT_WORD
            + ")[a-z0-9][a-z0-9._%+-]{0,40}+){0,2}+)";
    /** words before "a gmail" that say something about a mail account rather than spell one */
    private static final Set<String> NOT_MAIL_NAMES = Set.of("moi", "toi", "lui", "elle", "suis", "est", "mail", "mails",
            "message", "messages", "compte", "adresse", "inscrit", "inscrite", "connecte", "pas", "va", "vais", "tout",
            "tous", "email", "pareil", "ecris", "ecrit", "envoie", "envoye", "account", "me", "you", "him", "her", "it",
            "log", "logged", "sign", "signed", "co", "deco", "bosse", "travaille", "works", "work");

    private static final Predicate<String> HAS_AT_SIGN = containsAny("@");
    private static final Predicate<String> HAS_AT_WORD = containsAny("(", "[", "{", "<", "arob", "arrob");
    private static final Predicate<String> HAS_AT = HAS_AT_SIGN.or(HAS_AT_WORD);
    private static final Predicate<String> HAS_MAIL_ONLY_PROVIDER = containsAny("gmail", "hotmail", "yahoo", "outlook",
            "icloud", "laposte", "wanadoo", "skynet", "protonmail", "gmx", "ymail", "yopmail", "hotmal", "gmial", "gmal");

    private EmailDetectors() {
    }

    static List<RegexContactDetector> all() {
        return List.of(
                new RegexContactDetector(ContactRules.EMAIL, HAS_AT_SIGN,
                        SPACED_LOCAL + AT_SIGN + "[a-z0-9-]{1,63}+(?:" + DOT_ANY + "[a-z0-9-]{1,63}+){0,3}" + DOT_ANY + "[a-z]{2,10}+\\b"),
                new RegexContactDetector(ContactRules.EMAIL, HAS_AT_WORD,
                        SPACED_LOCAL + AT_WORD + "[a-z0-9-]{1,63}+(?:" + DOT_ANY + "[a-z0-9-]{1,63}+){0,3}" + DOT_ANY + SPOKEN_TLDS + "\\b"),
                new RegexContactDetector(ContactRules.EMAIL, HAS_AT,
                        SPACED_LOCAL + "(?:" + AT_SIGN + "|\\s{1,3}+@|" + AT_WORD + ")" + MAIL_PROVIDERS + "(?:" + DOT_ANY + "[a-z]{2,10}+)?\\b"),
                new RegexContactDetector(ContactRules.EMAIL, HAS_MAIL_ONLY_PROVIDER,
                        LOCAL + "((?:" + DOT_WORD + "[a-z0-9][a-z0-9._-]{0,40}+){0,2}+)(?:" + AT_LOOSE + "|\\s{1,3}+)" + MAIL_ONLY_PROVIDERS
                                + "(?:(?:" + DOT_ANY + "|\\s{1,3}+)(" + SPOKEN_TLDS + ")\\b)?",
                        EmailDetectors::spellsAnAddress));
    }

    /**
     * "emma2011 a gmail com", "emma2011 gmail com", "emma point dupont chez gmail": a name that looks like an address,
     * or a domain ending.
     */
    private static boolean spellsAnAddress(Matcher m) {
        String name = m.group(1);
        if (NOT_MAIL_NAMES.contains(name)) {
            return false;
        }
        boolean marked = name.chars().anyMatch(c -> Character.isDigit(c) || c == '.' || c == '_');
        return marked || !m.group(2).isEmpty() || m.group(3) != null;
    }
}
