package org.causette.gateway.identification.control;

import org.causette.contracts.ConnectionObserved;
import org.causette.contracts.Destinations;
import org.causette.contracts.Event;
import org.causette.kit.events.EventPublisher;
import org.causette.kit.identification.AddressCipher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ConnectionLogTest {
    private static final byte[] KEY = new byte[32];

    static {
        Arrays.fill(KEY, (byte) 3);
    }

    private final List<ConnectionObserved> sent = new ArrayList<>();
    private ConnectionLog cut;

    @BeforeEach
    void wire(@TempDir Path dir) throws IOException {
        var key = dir.resolve("identification-key");
        Files.write(key, KEY);
        cut = new ConnectionLog();
        cut.keyLocation = key.toString();
        cut.publisher = new EventPublisher() {
            @Override
            public void toQueue(String queue, Event event, String orderingKey) {
                assertEquals(Destinations.MODERATION_IDENTIFICATION, queue);
                sent.add((ConnectionObserved) event);
            }
        };
    }

    @Test
    void aSessionIsRecordedSealedWhenOpenedAndAgainOnlyWhenItsAddressChanges() {
        cut.observed("s1", "Lou", "dev", "session-opened", "198.51.100.7 port 5000", "hash-a");
        cut.request("s1", "Lou", "198.51.100.7 port 5001", "hash-a");
        cut.request("s1", "Lou", "203.0.113.9 port 6000", "hash-b");
        cut.request("s1", "Lou", "203.0.113.9 port 6001", "hash-b");

        assertEquals(List.of("session-opened", "request"), sent.stream().map(ConnectionObserved::kind).toList());
        var opened = sent.get(0);
        assertFalse(opened.addressCipher().contains("198.51"));
        assertEquals("198.51.100.7 port 5000", AddressCipher.open(KEY, "s1", opened.addressCipher()));
        assertEquals("203.0.113.9 port 6000", AddressCipher.open(KEY, "s1", sent.get(1).addressCipher()));
        assertNull(sent.get(1).deviceHash());
    }

    @Test
    void withoutAKeyTheConnectionIsRecordedWithoutItsAddress() {
        cut.keyLocation = "";
        cut.observed("s2", "Max", "dev", "stream", "198.51.100.8", "hash");
        assertEquals(1, sent.size());
        assertNull(sent.get(0).addressCipher());
    }
}
