package org.causette.moderation.engine.risk;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/** A size-bounded, least-recently-used map; every access is synchronised (updates are tiny). */
public final class BoundedLruMap<K, V> {

    private final LinkedHashMap<K, V> map;

    public BoundedLruMap(int capacity) {
        this.map = new LinkedHashMap<>(Math.min(capacity, 1 << 16), 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<K, V> eldest) {
                return size() > capacity;
            }
        };
    }

    public synchronized <R> R compute(K key, Function<K, V> create, Function<V, R> action) {
        V value = map.get(key);
        if (value == null) {
            value = create.apply(key);
            map.put(key, value);
        }
        return action.apply(value);
    }

    /** @return true when the key was absent and is now mapped to {@code value} */
    public synchronized boolean addIfAbsent(K key, V value) {
        if (map.get(key) != null) {
            return false;
        }
        map.put(key, value);
        return true;
    }

    public synchronized boolean containsKey(K key) {
        return map.get(key) != null;
    }

    public synchronized int size() {
        return map.size();
    }
}
