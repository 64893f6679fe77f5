package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.Category;
import org.causette.moderation.engine.rules.Rule;
import org.causette.moderation.engine.rules.RuleKind;
import org.causette.moderation.engine.rules.Severity;

import java.util.Set;

/** The rules raised by the contact shield's detectors (cue phrases like "ajoute moi sur snap" live in contacts.rules). */
final class ContactRules {

    static final Rule PHONE = rule("contact.phone");
    static final Rule EMAIL = rule("contact.email");
    static final Rule URL = rule("contact.url");
    static final Rule HANDLE = rule("contact.handle");
    static final Rule ADDRESS = rule("contact.address");

    private ContactRules() {
    }

    private static Rule rule(String id) {
        return new Rule(id, RuleKind.CONTENT, Category.PERSONAL_DATA, Severity.HIGH, Set.of(), null);
    }
}
