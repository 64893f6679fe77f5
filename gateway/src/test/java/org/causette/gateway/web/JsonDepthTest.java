package org.causette.gateway.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonDepthTest {

    private static boolean exceeds(String json, int max) {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        return JsonDepth.exceeds(bytes, bytes.length, max);
    }

    @Test
    void countsNesting() {
        assertFalse(exceeds("{\"a\":[1,{\"b\":2}]}", 3));
        assertTrue(exceeds("{\"a\":[1,{\"b\":[]}]}", 3));
        assertTrue(exceeds("[".repeat(100_000), 32));
    }

    @Test
    void bracketsInStringsDoNotCount() {
        assertFalse(exceeds("{\"text\":\"[[[[{{{{\\\"[[[[\"}", 1));
    }

    @Test
    void siblingsDoNotAddUp() {
        assertFalse(exceeds("[" + "[],".repeat(1000) + "[]]", 2));
    }
}
