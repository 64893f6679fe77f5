package org.causette.gateway.web;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class JsonDepthTest {

    /** The answer on the bytes (request bodies), checked to be the same on the text (stream frames). */
    private static boolean exceeds(String json, int max) {
        var bytes = json.getBytes(StandardCharsets.UTF_8);
        var onBytes = JsonDepth.exceeds(bytes, bytes.length, max);
        assertEquals(onBytes, JsonDepth.exceeds(json, max), json);
        return onBytes;
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
