package org.causette.localstore;

import de.bwaldvogel.mongo.bson.Document;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * Names, once per collection and query shape, the queries that read a whole collection: mongo-java-server uses an
 * index only for a query with exactly the index's keys, so a query that MongoDB answers from an index may scan here.
 */
final class ScanLog {
    private static final Logger LOG = Logger.getLogger(ScanLog.class.getName());
    private static final int MAX_SHAPES = 200;
    private static final Set<String> SEEN = ConcurrentHashMap.newKeySet();

    private ScanLog() {
    }

    static void scanned(String collection, Document query) {
        if (collection.contains(".system.")) {
            return;
        }
        var shape = collection + " " + shape(query);
        if (SEEN.size() < MAX_SHAPES && SEEN.add(shape)) {
            LOG.info("full scan: " + shape);
        }
    }

    /** The query's field names and operators, without its values. */
    static String shape(Object query) {
        if (query instanceof Document d) {
            var fields = new StringBuilder("{");
            d.forEach((key, value) -> fields.append(fields.length() > 1 ? ", " : "").append(key).append(": ")
                    .append(shape(value)));
            return fields.append('}').toString();
        }
        if (query instanceof java.util.List<?> list) {
            return list.stream().map(ScanLog::shape).toList().toString();
        }
        return "?";
    }
}
