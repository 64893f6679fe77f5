package org.causette.moderation.engine.rules;

import org.causette.moderation.engine.normalize.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * A token with its inflection bases: "connasses" also matches the lexicon word "connasse", "grosse" matches
 * "gros", "pds" matches "pd". Stems ({@code word*}) match the token text itself.
 */
record TokenForms(Token token, String text, String[] bases) {

    static TokenForms of(Token token) {
        String t = token.text();
        List<String> bases = new ArrayList<>(4);
        bases.add(t);
        String withoutPlural = t;
        if (t.length() >= 3 && (t.endsWith("s") || t.endsWith("x"))) {
            withoutPlural = t.substring(0, t.length() - 1);
            bases.add(withoutPlural);
        }
        if (withoutPlural.length() >= 4 && withoutPlural.endsWith("e")) {
            bases.add(withoutPlural.substring(0, withoutPlural.length() - 1));
        }
        return new TokenForms(token, t, bases.toArray(String[]::new));
    }

    static TokenForms[] of(List<Token> tokens) {
        TokenForms[] forms = new TokenForms[tokens.size()];
        for (int i = 0; i < forms.length; i++) {
            forms[i] = of(tokens.get(i));
        }
        return forms;
    }
}
