package org.causette.moderation.engine.rules;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Named word lists usable in patterns as {@code @name} (targets, identities, platforms...). */
final class WordClasses {

    private final Map<String, List<List<Literal>>> classes = new HashMap<>();

    void define(String name, List<List<Literal>> alternatives) {
        classes.put(name, alternatives);
    }

    List<List<Literal>> get(String name) {
        List<List<Literal>> alternatives = classes.get(name);
        if (alternatives == null) {
            throw new IllegalArgumentException("unknown word class @" + name);
        }
        return alternatives;
    }
}
