package org.causette.moderation.engine.rules;

/** A pattern matched on tokens {@code [firstToken, endToken)} of one view. */
record PhraseMatch(PhrasePattern pattern, int firstToken, int endToken) {

    Rule rule() {
        return pattern.rule();
    }
}
