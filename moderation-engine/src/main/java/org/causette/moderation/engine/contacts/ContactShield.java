package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.rules.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds contact details in a message: phone numbers, e-mail addresses (also "arobase", "(at)", "point com"),
 * links, social handles given with their platform, postal addresses. Invitations to move to another app
 * ("ajoute moi sur snap") are phrase rules of {@code contacts.rules}, run by the content scanner.
 */
public final class ContactShield {

    /** the rule id of a link (a burst of links is flood) */
    public static final String URL_RULE = ContactRules.URL.id();

    private static final String AT = "(?:\\s{0,3}+@\\s{0,3}+|\\s{0,3}+[(\\[{<]\\s{0,2}+(?:at|arobase|arrobase|@)\\s{0,2}+[)\\]}>]\\s{0,3}+"
            + "|\\s{1,3}+(?:at|arobase|arrobase|arobas|arrobas)\\s{1,3}+)";
    private static final String DOT = "(?:\\s{0,2}+\\.\\s{0,2}+|\\s{0,3}+[(\\[{<]\\s{0,2}+(?:dot|point|\\.)\\s{0,2}+[)\\]}>]\\s{0,3}+"
            + "|\\s{1,3}+(?:dot|point)\\s{1,3}+)";
    private static final String MAIL_PROVIDERS = "(?:gmail|hotmail|yahoo|outlook|live|icloud|orange|free|sfr|laposte|wanadoo"
            + "|skynet|proton|protonmail|gmx|msn|aol|voo|telenet)";
    private static final String TLDS = "(?:com|fr|be|net|org|io|gg|me|ly|co|eu|info|xyz|tv|app|link|site|online|shop|club"
            + "|live|ru|uk|ch|biz|lu|nl|top|pro|vip|page)";
    private static final String PLATFORMS = "(?:snap(?:chat)?|sc|insta(?:gram)?|ig|tiktok|tik\\s?tok|whats?app|wa|telegram|tlg"
            + "|discord|kik|facebook|fb|twitter|skype|twitch|onlyfans|mym|signal|threads|bereal|wechat|viber)";
    private static final Set<String> NOT_HANDLES = Set.of("pas", "nul", "casse", "bloque", "bug", "mort", "ferme",
            "supprime", "hack", "hacke", "le", "la", "les", "un", "une", "pareil", "prive", "quoi", "bien", "trop", "plus",
            "ouvert", "down", "broken", "private", "dead", "not", "the", "a", "same", "banni", "ban", "suspendu", "vide");

    private final PhoneNumberDetector phones = new PhoneNumberDetector();
    private final List<RegexContactDetector> detectors = List.of(
            new RegexContactDetector(ContactRules.EMAIL,
                    "(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}+" + AT + "[a-z0-9-]{1,63}+(?:" + DOT + "[a-z0-9-]{1,63}+){0,3}" + DOT + "[a-z]{2,10}+\\b"),
            new RegexContactDetector(ContactRules.EMAIL,
                    "(?<![a-z0-9._%+-])[a-z0-9][a-z0-9._%+-]{0,63}+" + AT + MAIL_PROVIDERS + "\\b"),
            new RegexContactDetector(ContactRules.URL, "(?:https?\\s?:\\s?//|www\\s?\\.)[^\\s]{2,300}+"),
            new RegexContactDetector(ContactRules.URL,
                    "(?<![a-z0-9@.-])(?:[a-z0-9-]{1,63}+\\.){1,4}+" + TLDS + "(?![a-z0-9-])(?:/[^\\s]{0,300}+)?"),
            new RegexContactDetector(ContactRules.URL,
                    "(?<![a-z0-9@.-])[a-z0-9-]{2,63}+" + DOT.replace("\\s{0,2}+\\.\\s{0,2}+|", "") + "(?:com|fr|be|net|org|gg|io|me)\\b"),
            new RegexContactDetector(ContactRules.HANDLE,
                    "\\b" + PLATFORMS + "\\s{0,3}+(?::|=|->|=>|>)\\s{0,3}+@?([a-z0-9][a-z0-9._-]{2,30}+)",
                    m -> !NOT_HANDLES.contains(m.group(1))),
            new RegexContactDetector(ContactRules.HANDLE,
                    "\\b(?:mon|ma|my)\\s{1,3}+" + PLATFORMS + "\\s{0,3}+(?:c'est|cest|c est|est|is|:|=|->)\\s{0,3}+@?([a-z0-9][a-z0-9._-]{2,30}+)",
                    m -> !NOT_HANDLES.contains(m.group(1))),
            new RegexContactDetector(ContactRules.HANDLE,
                    "\\b" + PLATFORMS + "\\s{1,3}+@([a-z0-9][a-z0-9._-]{2,30}+)"),
            new RegexContactDetector(ContactRules.ADDRESS,
                    "\\b\\d{1,4}+\\s{0,2}+(?:bis|ter)?\\s{0,2}+,?\\s{0,2}+(?:rue|avenue|av|boulevard|bd|chemin|place|allee|impasse"
                            + "|chaussee|route|quai|square|cours|street|st|road|rd)\\s{1,3}+(?:de\\s|du\\s|des\\s|d'|la\\s|l')?\\s{0,2}+[a-z]{2,}+"));

    public List<Finding> scan(NormalizedText text) {
        List<Finding> findings = new ArrayList<>();
        phones.detect(text, findings);
        for (RegexContactDetector detector : detectors) {
            detector.detect(text, findings);
        }
        return findings;
    }
}
