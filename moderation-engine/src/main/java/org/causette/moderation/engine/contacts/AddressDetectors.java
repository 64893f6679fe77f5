package org.causette.moderation.engine.contacts;

import java.util.List;
import java.util.function.Predicate;

/** Postal addresses: "12 rue de la Paix", "12 bis, avenue Louise", "221 Baker Street". */
final class AddressDetectors {

    private static final Predicate<String> HAS_DIGIT = text -> text.chars().anyMatch(c -> c >= '0' && c <= '9');

    private AddressDetectors() {
    }

    static List<RegexContactDetector> all() {
        return List.of(
                new RegexContactDetector(ContactRules.ADDRESS, HAS_DIGIT,
                        "\\b\\d{1,4}+(?:\\s{0,2}+(?:bis|ter))?(?:\\s{0,2}+,\\s{0,2}+|\\s{1,2}+)(?:rue|avenue|av|boulevard|bd|chemin|place|allee|impasse"
                                + "|chaussee|route|quai|square|cours|street|road)\\s{1,3}+(?:de\\s|du\\s|des\\s|d'|la\\s|l')?\\s{0,2}+[a-z]{2,}+"),
                new RegexContactDetector(ContactRules.ADDRESS, HAS_DIGIT,
                        "\\b\\d{1,4}+\\s{1,2}+[a-z]{3,20}+\\s{1,2}+(?:street|road|avenue|lane|drive|boulevard)\\b"));
    }
}
