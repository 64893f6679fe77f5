package org.causette.kit.identification;

import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class AddressCipherTest {
    private static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 7);
    }

    @Test
    void aSealedAddressOpensWithTheKeyForItsSessionOnly() {
        var sealed = AddressCipher.seal(KEY, "s1", "198.51.100.7 51234");
        assertFalse(sealed.contains("198.51"));
        assertEquals("198.51.100.7 51234", AddressCipher.open(KEY, "s1", sealed));
        assertThrows(IllegalArgumentException.class, () -> AddressCipher.open(KEY, "s2", sealed));
        var other = KEY.clone();
        other[0] = 1;
        assertThrows(IllegalArgumentException.class, () -> AddressCipher.open(other, "s1", sealed));
    }

    @Test
    void sealingTwiceGivesDifferentTexts() {
        assertNotEquals(AddressCipher.seal(KEY, "s", "2001:db8::1"), AddressCipher.seal(KEY, "s", "2001:db8::1"));
    }
}
