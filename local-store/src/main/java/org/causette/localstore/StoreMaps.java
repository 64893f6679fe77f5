package org.causette.localstore;

import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.KeyValue;
import de.bwaldvogel.mongo.backend.h2.H2UniqueIndex;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The H2 maps behind the store, with typed documents and index keys, and the one-time conversion of a file written
 * with H2's default (Java serialization) types. Map names are those of mongo-java-server's H2 backend.
 */
final class StoreMaps {
    static final String DATA_PREFIX = "databases.";
    static final String META_PREFIX = "meta.";
    private static final String INDEX_INFIX = "._index_";
    private static final Constructor<H2UniqueIndex> UNIQUE_INDEX = uniqueIndexConstructor();

    private StoreMaps() {
    }

    static MVMap.Builder<Object, Document> documents() {
        return new MVMap.Builder<Object, Document>().valueType(BsonDocumentType.INSTANCE);
    }

    static MVMap.Builder<KeyValue, Object> indexKeys() {
        return new MVMap.Builder<KeyValue, Object>().keyType(KeyValueType.INSTANCE);
    }

    static String indexName(String namespace, String indexName) {
        return namespace + INDEX_INFIX + indexName;
    }

    /** H2UniqueIndex's constructor is package-private: the backend builds its indexes over maps it opened itself. */
    static Index<Object> uniqueIndex(MVMap<KeyValue, Object> map, String name, List<IndexKey> keys, boolean sparse) {
        try {
            return UNIQUE_INDEX.newInstance(map, name, keys, sparse);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot open index " + name, e);
        }
    }

    /**
     * Rewrites a store file of the earlier format ({@code legacy}) into {@code target} with the typed maps, once, and
     * keeps the old file beside it as {@code <legacy>.converted}.
     */
    static void convert(Path legacy, Path target) throws Exception {
        if (!Files.exists(legacy) || Files.exists(target)) {
            return;
        }
        var partial = target.resolveSibling(target.getFileName() + ".partial");
        Files.deleteIfExists(partial);
        try (var from = MVStore.open(legacy.toString()); var to = MVStore.open(partial.toString())) {
            for (var name : from.getMapNames()) {
                MVMap<Object, Object> source = from.openMap(name);
                MVMap<Object, Object> copy = to.openMap(name, builderFor(name));
                copy.putAll(source);
            }
            to.commit();
        }
        Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        Files.move(legacy, legacy.resolveSibling(legacy.getFileName() + ".converted"));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static MVMap.Builder<Object, Object> builderFor(String name) {
        if (name.startsWith(DATA_PREFIX)) {
            return (MVMap.Builder) documents();
        }
        if (!name.startsWith(META_PREFIX) && name.contains(INDEX_INFIX)) {
            return (MVMap.Builder) indexKeys();
        }
        return new MVMap.Builder<>();
    }

    private static Constructor<H2UniqueIndex> uniqueIndexConstructor() {
        try {
            var constructor = H2UniqueIndex.class.getDeclaredConstructor(MVMap.class, String.class, List.class,
                    boolean.class);
            constructor.setAccessible(true);
            return constructor;
        } catch (NoSuchMethodException e) {
            throw new ExceptionInInitializerError(e);
        }
    }
}
