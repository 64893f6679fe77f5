package org.causette.messaging.history.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Walks a channel's buckets from newest to oldest. Buckets are numbered from 0, each holds its items oldest first;
 * a missing bucket below the top one means everything older was purged, so the walk stops there.
 */
public final class HistoryPager {
    private HistoryPager() {
    }

    /** Where a page starts: after (older than) {@code messageId}, found in bucket {@code bucket}. */
    public record Cursor(int bucket, String messageId) {
    }

    /**
     * @param top     the channel's current bucket number (the bucket itself may not exist yet)
     * @param before  start below this message, or from the newest one when empty
     * @param buckets loads a bucket's items, oldest first
     * @return at most {@code limit} items, newest first
     */
    public static <T> List<T> page(int top, Optional<Cursor> before, int limit, IntFunction<Optional<List<T>>> buckets,
                                   Function<T, String> idOf) {
        var result = new ArrayList<T>(limit);
        int n;
        List<T> items;
        int end;
        if (before.isPresent()) {
            n = before.get().bucket();
            items = buckets.apply(n).orElse(List.of());
            end = indexOf(items, before.get().messageId(), idOf);
            if (end < 0) {
                return result;
            }
        } else {
            n = top;
            items = buckets.apply(n).orElse(List.of());
            end = items.size();
        }
        while (true) {
            for (int i = end - 1; i >= 0 && result.size() < limit; i--) {
                result.add(items.get(i));
            }
            if (result.size() >= limit || --n < 0) {
                return result;
            }
            var older = buckets.apply(n);
            if (older.isEmpty()) {
                return result;
            }
            items = older.get();
            end = items.size();
        }
    }

    private static <T> int indexOf(List<T> items, String id, Function<T, String> idOf) {
        for (int i = 0; i < items.size(); i++) {
            if (id.equals(idOf.apply(items.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
