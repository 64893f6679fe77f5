package org.causette.kit.health;

import org.junit.jupiter.api.Test;

import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.lang.reflect.Proxy;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HeapAfterGcTest {

    private static MemoryPoolMXBean pool(String name, MemoryType type, long usedAfterGc, long max) {
        return (MemoryPoolMXBean) Proxy.newProxyInstance(HeapAfterGcTest.class.getClassLoader(),
                new Class<?>[] {MemoryPoolMXBean.class}, (proxy, method, args) -> switch (method.getName()) {
                    case "getName" -> name;
                    case "getType" -> type;
                    case "isCollectionUsageThresholdSupported" -> true;
                    case "getCollectionUsage" -> new MemoryUsage(0, usedAfterGc, max, max);
                    case "getUsage" -> new MemoryUsage(0, usedAfterGc, max, max);
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void measuresTheOldGenerationNotAFullSurvivorSpace() {
        var cut = new HeapAfterGc(List.of(pool("Survivor Space", MemoryType.HEAP, 100, 100),
                pool("Tenured Gen", MemoryType.HEAP, 60, 200), pool("Metaspace", MemoryType.NON_HEAP, 99, 100)));
        assertEquals(0.3, cut.fraction(), 1e-9);
    }

    @Test
    void aSingleGenerationHeapIsMeasuredWhole() {
        var cut = new HeapAfterGc(List.of(pool("ZHeap", MemoryType.HEAP, 190, 200)));
        assertEquals(0.95, cut.fraction(), 1e-9);
    }
}
