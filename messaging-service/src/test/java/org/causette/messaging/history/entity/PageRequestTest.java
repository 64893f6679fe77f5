package org.causette.messaging.history.entity;

import org.causette.kit.problems.ProblemException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void defaultsToFiftyFromTheNewest() {
        var cut = PageRequest.of(null, null);
        assertNull(cut.before());
        assertEquals(50, cut.limit());
        assertNull(PageRequest.of(" ", "").before());
    }

    @Test
    void acceptsOneToHundred() {
        assertEquals(1, PageRequest.of("m1", "1").limit());
        assertEquals(100, PageRequest.of("m1", "100").limit());
        assertEquals("m1", PageRequest.of("m1", "7").before());
    }

    @Test
    void refusesAnythingElse() {
        for (var limit : new String[]{"0", "101", "-3", "abc", "1.5", "99999999999"}) {
            var e = assertThrows(ProblemException.class, () -> PageRequest.of(null, limit), limit);
            assertEquals(400, e.status());
            assertEquals("invalid-field", e.code());
        }
    }
}
