package org.causette.moderation.lab.evaluation;

import org.causette.moderation.engine.Context;

/**
 * One team-written functional test: what it exercises ({@code group.name}, e.g. {@code hate.derogation}), whether the
 * engine should act on it ({@code flag}: any action other than allow), where it is posted, and the text.
 */
public record FunctionalCase(String functionality, boolean flag, Context context, String text, int line) {

    /** the part of the functionality before the first dot: hate, contrast, obfuscation, teen, contact, grooming */
    public String group() {
        int dot = functionality.indexOf('.');
        return dot < 0 ? functionality : functionality.substring(0, dot);
    }
}
