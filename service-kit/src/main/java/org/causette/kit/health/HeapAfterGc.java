package org.causette.kit.health;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * How full the heap is once the garbage collector has done its best: the old generation's usage after its last
 * collection, as a share of its maximum. Young pools are left out (a full survivor space after a young collection
 * is normal); a collector with one generation (ZGC, Shenandoah) is measured whole.
 */
public final class HeapAfterGc {
    private final List<MemoryPoolMXBean> pools;

    public HeapAfterGc(List<MemoryPoolMXBean> pools) {
        var heap = pools.stream()
                .filter(p -> p.getType() == MemoryType.HEAP && p.isCollectionUsageThresholdSupported())
                .toList();
        var old = heap.stream().filter(HeapAfterGc::isOld).toList();
        this.pools = old.isEmpty() ? heap : old;
    }

    public static HeapAfterGc ofThisJvm() {
        return new HeapAfterGc(ManagementFactory.getMemoryPoolMXBeans());
    }

    /** The fullest measured pool after its last collection, 0 to 1 (0 before any collection). */
    public double fraction() {
        double fullest = 0;
        for (var pool : pools) {
            var usage = pool.getCollectionUsage();
            long max = usage == null ? -1 : usage.getMax() > 0 ? usage.getMax() : pool.getUsage().getMax();
            if (max > 0) {
                fullest = Math.max(fullest, (double) usage.getUsed() / max);
            }
        }
        return fullest;
    }

    /**
     * Arms each measured pool's collection-usage threshold, so that {@link #exceeds()} is a cheap flag read on every
     * request. The threshold belongs to the JVM: the last caller's value wins.
     */
    public void armThreshold(double fraction) {
        for (var pool : pools) {
            long max = pool.getUsage().getMax();
            if (max > 0) {
                pool.setCollectionUsageThreshold((long) (max * fraction));
            }
        }
    }

    /** Whether a pool was above its armed threshold after its last collection. */
    public boolean exceeds() {
        for (var pool : pools) {
            if (pool.getCollectionUsageThreshold() > 0 && pool.isCollectionUsageThresholdExceeded()) {
                return true;
            }
        }
        return false;
    }

    private static boolean isOld(MemoryPoolMXBean pool) {
        var name = pool.getName().toLowerCase(Locale.ROOT);
        return name.contains("old") || name.contains("tenured");
    }
}
