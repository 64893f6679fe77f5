package org.causette.messaging.history.control;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HistoryPagerTest {
    final Map<Integer, List<String>> buckets = new HashMap<>();
    final List<Integer> loaded = new ArrayList<>();

    /** Messages m0..m(count-1) in buckets of {@code size}, oldest first. */
    int fill(int count, int size) {
        IntStream.range(0, count).forEach(i -> buckets.computeIfAbsent(i / size, n -> new ArrayList<>()).add("m" + i));
        return (count - 1) / size;
    }

    List<String> page(int top, String before, int limit) {
        Optional<HistoryPager.Cursor> cursor = Optional.ofNullable(before)
                .map(id -> new HistoryPager.Cursor(bucketOf(id), id));
        return HistoryPager.page(top, cursor, limit, n -> {
            loaded.add(n);
            return Optional.ofNullable(buckets.get(n));
        }, Function.identity());
    }

    int bucketOf(String id) {
        return buckets.entrySet().stream().filter(e -> e.getValue().contains(id)).findFirst().orElseThrow().getKey();
    }

    static List<String> ids(int from, int downTo) {
        return IntStream.iterate(from, i -> i >= downTo, i -> i - 1).mapToObj(i -> "m" + i).toList();
    }

    @Test
    void newestFirstWithinOneBucket() {
        int top = fill(5, 100);
        assertEquals(ids(4, 0), page(top, null, 50));
        assertEquals(ids(4, 3), page(top, null, 2));
    }

    @Test
    void crossesBucketBoundaries() {
        int top = fill(250, 100);
        assertEquals(2, top);
        assertEquals(ids(249, 150), page(top, null, 100));
        assertEquals(List.of(2, 1), loaded);
    }

    @Test
    void continuesBelowTheCursor() {
        int top = fill(250, 100);
        assertEquals(ids(199, 150), page(top, "m200", 50));
        assertEquals(ids(99, 50), page(top, "m100", 50), "the cursor is the first of its bucket");
        assertEquals(ids(4, 0), page(top, "m5", 50), "the oldest page is short");
        assertEquals(List.of(), page(top, "m0", 50));
    }

    @Test
    void pagesChainWithoutGapsOrRepeats() {
        int top = fill(237, 10);
        var all = new ArrayList<String>();
        String before = null;
        List<String> page;
        do {
            page = page(top, before, 7);
            all.addAll(page);
            before = page.isEmpty() ? null : page.get(page.size() - 1);
        } while (!page.isEmpty());
        assertEquals(ids(236, 0), all);
    }

    @Test
    void aTopBucketNotYetWrittenIsEmpty() {
        fill(100, 100);
        assertEquals(ids(99, 90), page(1, null, 10));
    }

    @Test
    void stopsAtPurgedBuckets() {
        int top = fill(300, 100);
        buckets.remove(0);
        assertEquals(ids(299, 200), page(top, null, 100));
        assertEquals(ids(199, 100), page(top, "m200", 100));
        assertEquals(List.of(), page(top, "m100", 100));
        assertEquals(List.of(0), loaded.subList(loaded.size() - 1, loaded.size()), "asked once for the purged bucket");
    }

    @Test
    void partlyPurgedBucketsStillPage() {
        int top = fill(30, 10);
        buckets.get(1).removeAll(List.of("m10", "m11", "m12"));
        assertEquals(List.of("m14", "m13", "m9", "m8"), page(top, "m15", 4));
    }

    @Test
    void anUnknownCursorInItsBucketGivesNothing() {
        fill(30, 10);
        var result = HistoryPager.page(2, Optional.of(new HistoryPager.Cursor(1, "gone")), 10,
                n -> Optional.ofNullable(buckets.get(n)), Function.identity());
        assertEquals(List.of(), result);
    }
}
