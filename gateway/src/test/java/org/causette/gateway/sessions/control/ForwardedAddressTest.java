package org.causette.gateway.sessions.control;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

class ForwardedAddressTest {

    @Test
    void theEntryTheTrustedProxyAddedWinsOverWhatTheClientWroteToTheLeft() {
        assertEquals("203.0.113.9", ForwardedAddress.clientAddress("1.2.3.4, 203.0.113.9", "10.0.0.2", 1));
        assertEquals("1.2.3.4", ForwardedAddress.clientAddress("9.9.9.9, 1.2.3.4, 10.0.0.7", "10.0.0.2", 2));
    }

    @Test
    void withoutProxiesOrHeaderTheSocketAddressIsTheClient() {
        assertEquals("10.0.0.2", ForwardedAddress.clientAddress("1.2.3.4", "10.0.0.2", 0));
        assertEquals("10.0.0.2", ForwardedAddress.clientAddress(null, "10.0.0.2", 1));
        assertEquals("10.0.0.2", ForwardedAddress.clientAddress(" ", "10.0.0.2", 1));
    }

    @Test
    void fewerEntriesThanHopsTakesTheLeftmost() {
        assertEquals("1.2.3.4", ForwardedAddress.clientAddress("1.2.3.4", "10.0.0.2", 3));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "garbage", "1.2.3.4.5", "256.1.1.1", "example.com", "1:2", ":::::::::1", "'1.2.3.4, '", "unknown", "_hidden"})
    void garbageIsTheSocketAddress(String header) {
        assertEquals("10.0.0.2", ForwardedAddress.clientAddress(header, "10.0.0.2", 1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "198.51.100.7              | 198.51.100.7",
            "' 198.51.100.7 '          | 198.51.100.7",
            "198.51.100.7:1234         | 198.51.100.7",
            "198.051.100.007           | 198.51.100.7",
            "::ffff:198.51.100.7       | 198.51.100.7",
            "::FFFF:198.51.100.7       | 198.51.100.7",
            "[::ffff:198.51.100.7]:80  | 198.51.100.7",
            "2001:DB8::1               | 2001:db8:0:0:0:0:0:1",
            "2001:db8:0:0:0:0:0:1      | 2001:db8:0:0:0:0:0:1",
            "[2001:db8::1]:443         | 2001:db8:0:0:0:0:0:1",
            "[2001:db8::1]             | 2001:db8:0:0:0:0:0:1",
            "fe80::1%eth0              | fe80:0:0:0:0:0:0:1"})
    void oneAddressHasOneSpelling(String raw, String canonical) {
        assertEquals(Optional.of(canonical), ForwardedAddress.canonical(raw));
    }
}
