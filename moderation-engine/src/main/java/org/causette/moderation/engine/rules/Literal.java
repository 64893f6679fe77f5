package org.causette.moderation.engine.rules;

/** One word of a phrase pattern: an exact canonical word, a stem ({@code stem*}) or any word ({@code _}). */
record Literal(String word, boolean prefix, boolean any) {

    static final Literal ANY = new Literal("", false, true);

    boolean matches(TokenForms forms) {
        if (any) {
            return true;
        }
        if (prefix) {
            return forms.text().startsWith(word);
        }
        for (String base : forms.bases()) {
            if (base.equals(word)) {
                return true;
            }
        }
        return false;
    }
}
