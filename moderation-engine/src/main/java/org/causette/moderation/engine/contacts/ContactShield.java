package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.normalize.NormalizedText;
import org.causette.moderation.engine.rules.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

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

    private final PhoneNumberDetector phones = new PhoneNumberDetector();
    private final List<RegexContactDetector> detectors = Stream.of(EmailDetectors.all(), LinkDetectors.all(),
            HandleDetectors.all(), AddressDetectors.all()).flatMap(List::stream).toList();

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
}
