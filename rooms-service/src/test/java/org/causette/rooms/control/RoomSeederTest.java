package org.causette.rooms.control;

import org.causette.contracts.Audience;
import org.causette.rooms.entity.Room;
import org.causette.kit.testing.MemoryMongo;
import org.eclipse.microprofile.config.Config;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RoomSeederTest {
    private final Map<String, Integer> settings = new HashMap<>();
    private MemoryMongo mongo;
    private RoomStore store;
    private RoomSeeder cut;

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
        store = mongo.store(RoomStore.class);
        cut = new RoomSeeder();
        cut.store = store;
        cut.capacity = 200;
        cut.defaultSlowMode = 0;
        cut.config = (Config) Proxy.newProxyInstance(Config.class.getClassLoader(), new Class<?>[]{Config.class},
                (proxy, method, args) -> "getOptionalValue".equals(method.getName())
                        ? Optional.ofNullable(settings.get((String) args[0])) : null);
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    @Test
    void publicRoomsTakeTheirConfiguredSlowMode() {
        settings.put("causette.rooms.public.slow-mode.ados-discussion", 5);
        settings.put("causette.rooms.public.slow-mode.discussion", 99_999);
        cut.ensureSeeded();
        assertEquals(5, slowMode(Audience.teen, "ados-discussion"));
        assertEquals(3600, slowMode(Audience.adult, "discussion"), "capped at one hour");
        assertEquals(0, slowMode(Audience.adult, "paris"));
        assertTrue(store.visibleTo(Audience.teen, "s").stream().allMatch(r -> "public".equals(r.kind())));
    }

    @Test
    void aChangedSettingAppliesAtTheNextStart() {
        cut.ensureSeeded();
        var restarted = new RoomSeeder();
        restarted.store = store;
        restarted.capacity = 200;
        restarted.defaultSlowMode = 10;
        restarted.config = cut.config;
        restarted.ensureSeeded();
        assertEquals(10, slowMode(Audience.adult, "paris"));
    }

    private int slowMode(Audience audience, String roomId) {
        return store.visibleTo(audience, "s").stream().filter(r -> r.id().equals(roomId)).findFirst()
                .map(Room::slowModeSeconds).orElseThrow();
    }
}
