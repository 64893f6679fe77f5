package org.causette.rooms;

import org.causette.kit.testing.RouteGuards;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** No route of this internal service answers without the caller's or the gateway's service token. */
class EveryRouteWantsATokenTest {
    static final Path CLASSES = Path.of("target", "classes");

    @Test
    void everyResourceMethodHasRolesAndNoneIsPermitAll() {
        assertTrue(RouteGuards.resourceCount(CLASSES) > 0, "no resource classes found under " + CLASSES);
        assertEquals(List.of(), RouteGuards.unguardedRoutes(CLASSES));
    }
}
