package org.causette.gateway.stream.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IncomingMessageTest {

    @Test
    void partsUnderTheLimitMakeOneMessage() {
        var cut = new IncomingMessage(10);
        assertTrue(cut.add("{\"a\":"));
        assertTrue(cut.add("1}"));
        assertEquals("{\"a\":1}", cut.take());
        assertEquals("", cut.take());
    }

    @Test
    void theLimitCountsEveryPartOfTheMessage() {
        var cut = new IncomingMessage(64 * 1024);
        var fragment = "x".repeat(16 * 1024);
        for (int i = 0; i < 4; i++) {
            assertTrue(cut.add(fragment), "part " + i);
        }
        assertFalse(cut.add("x"), "one byte over 64 KiB");
    }

    @Test
    void theLimitIsInUtf8Bytes() {
        var cut = new IncomingMessage(6);
        assertTrue(cut.add("éé"));    // 4 bytes
        assertFalse(cut.add("€"));    // 3 more
        assertEquals(4, IncomingMessage.utf8Length("😀"));
    }

    @Test
    void aNewMessageStartsFromZero() {
        var cut = new IncomingMessage(4);
        assertTrue(cut.add("abcd"));
        cut.take();
        assertTrue(cut.add("abcd"));
    }
}
