package org.causette.localstore;

import de.bwaldvogel.mongo.MongoCollection;
import de.bwaldvogel.mongo.MongoDatabase;
import de.bwaldvogel.mongo.backend.CollectionOptions;
import de.bwaldvogel.mongo.backend.CursorRegistry;
import de.bwaldvogel.mongo.backend.Index;
import de.bwaldvogel.mongo.backend.IndexKey;
import de.bwaldvogel.mongo.backend.QueryResult;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.h2.H2Collection;
import de.bwaldvogel.mongo.backend.h2.H2Database;
import de.bwaldvogel.mongo.bson.Document;
import org.h2.mvstore.MVStore;

import java.util.List;
import java.util.Set;

/**
 * The H2 backend, except that a query naming one {@code _id} by equality next to other conditions
 * ({@code {_id: x, state: "pending"}} or {@code {$and: [{_id: x}, …]}}, the compare-and-set updates the services
 * use everywhere) reads that one document through the {@code _id} index. mongo-java-server uses an index only when
 * the query has exactly the index's keys, so such queries scanned the whole collection: the cost of a message grew
 * with the number of messages stored. MongoDB itself uses the {@code _id} index for them; results are the same.
 */
final class IdLookupH2Backend extends H2Backend {

    /** Documents per leaf page: each commit re-encodes every document on a changed page (H2's default is 48). */
    private static final int KEYS_PER_PAGE = 8;
    /** Chunks are rewritten (compacted) below this fill rate, in %; H2's default of 90 rewrote them all the time. */
    private static final int COMPACT_FILL_RATE = 50;

    IdLookupH2Backend(String fileName) {
        super(new MVStore.Builder().fileName(fileName).keysPerPage(KEYS_PER_PAGE)
                .autoCompactFillRate(COMPACT_FILL_RATE).open());
    }

    @Override
    protected MongoDatabase openOrCreateDatabase(String databaseName) {
        return new Database(databaseName, getMvStore(), getCursorRegistry());
    }

    /** Not static: H2Database's constructor opens collections before a field of this class could be set. */
    private final class Database extends H2Database {
        Database(String name, MVStore store, CursorRegistry cursors) {
            super(name, store, cursors);
        }

        @Override
        protected MongoCollection<Object> openOrCreateCollection(String collectionName, CollectionOptions options) {
            var namespace = getFullCollectionNamespace(collectionName);
            // the map names H2Database itself uses, so that its drop and rename find them
            var store = getMvStore();
            return new Collection(this, collectionName, options,
                    store.openMap(StoreMaps.DATA_PREFIX + namespace, StoreMaps.documents()),
                    store.openMap(StoreMaps.META_PREFIX + namespace), cursorRegistry);
        }

        @Override
        protected Index<Object> openOrCreateUniqueIndex(String collectionName, String indexName, List<IndexKey> keys,
                                                        boolean sparse) {
            var map = getMvStore().openMap(StoreMaps.indexName(getFullCollectionNamespace(collectionName), indexName),
                    StoreMaps.indexKeys());
            return StoreMaps.uniqueIndex(map, indexName, keys, sparse);
        }
    }

    private static final class Collection extends H2Collection {
        Collection(MongoDatabase database, String name, CollectionOptions options,
                   org.h2.mvstore.MVMap<Object, Document> data, org.h2.mvstore.MVMap<String, Object> meta,
                   CursorRegistry cursors) {
            super(database, name, options, data, meta, cursors);
        }

        @Override
        protected QueryResult queryDocuments(Document query, Document orderBy, int skip, int limit, int batchSize,
                                             Document fieldSelector) {
            var id = idEquality(query);
            if (id != null && !query.keySet().equals(Set.of("_id"))) {
                var probe = new Document("_id", id);
                for (var index : getIndexes()) {
                    if (index.canHandle(probe)) {
                        return matchDocuments(query, index.getPositions(probe), orderBy, skip, limit, batchSize,
                                fieldSelector);
                    }
                }
            }
            return super.queryDocuments(query, orderBy, skip, limit, batchSize, fieldSelector);
        }

        /** The value the query requires {@code _id} to equal, at the top level or in a top-level $and; else null. */
        static Object idEquality(Document query) {
            var id = plainValue(query.get("_id"));
            if (id != null) {
                return id;
            }
            if (query.get("$and") instanceof List<?> terms) {
                for (var term : terms) {
                    if (term instanceof Document d && d.size() == 1 && (id = plainValue(d.get("_id"))) != null) {
                        return id;
                    }
                }
            }
            return null;
        }

        private static Object plainValue(Object value) {
            if (value == null || value instanceof Document d && d.keySet().stream().anyMatch(k -> k.startsWith("$"))) {
                return null;
            }
            return value;
        }
    }
}
