package org.causette.rooms.control;

import org.causette.contracts.Audience;
import org.causette.contracts.Event;
import org.causette.contracts.JoinWaveDetected;
import org.causette.contracts.RoomSlowModeChanged;
import org.causette.kit.events.EventPublisher;
import org.causette.kit.testing.MemoryMongo;
import org.causette.rooms.entity.Member;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

class JoinWavesTest {

    private MemoryMongo mongo;
    private RoomStore rooms;
    private JoinWaves cut;
    private final List<Event> published = new ArrayList<>();

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
        rooms = mongo.store(RoomStore.class);
        cut = new JoinWaves();
        cut.store = rooms;
        cut.publisher = new EventPublisher() {
            @Override
            public void toTopic(String topic, Event event, String orderingKey) {
                published.add(event);
            }
        };
        cut.slowMode = new SlowModePublisher();
        cut.slowMode.publisher = cut.publisher;
        cut.joins = 5;
        cut.windowSeconds = 60;
        cut.slowModeSeconds = 10;
        cut.minutes = 10;
        rooms.seed(new SeedRoom("rennes", "Rennes", "Bretagne", Audience.adult, 200));
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void join(int n) {
        for (int i = 0; i < n; i++) {
            var member = new Member(java.util.UUID.randomUUID().toString(), "N" + i, null, null);
            rooms.join("rennes", Audience.adult, member);
            cut.afterJoin("rennes", Audience.adult);
        }
    }

    @Test
    void aFewJoinsAreNoWave() {
        join(5);
        assertEquals(List.of(), published);
        assertEquals(0, RoomStore.slowModeOf(rooms.find("rennes", null).orElseThrow()));
    }

    @Test
    void aWaveSlowsTheRoomDownAndIsAnnouncedOnce() {
        join(12);
        assertEquals(2, published.size(), published::toString);
        var slowed = assertInstanceOf(RoomSlowModeChanged.class, published.get(0));
        assertEquals(10, slowed.slowModeSeconds(), "the gateways are told first");
        var wave = assertInstanceOf(JoinWaveDetected.class, published.get(1));
        assertEquals("rennes", wave.roomId());
        assertEquals(6, wave.joins());
        assertEquals(10, RoomStore.slowModeOf(rooms.find("rennes", null).orElseThrow()));
        assertEquals(10, rooms.visibleTo(Audience.adult, "anyone").stream()
                .filter(r -> r.id().equals("rennes")).findFirst().orElseThrow().slowModeSeconds());
    }
}
