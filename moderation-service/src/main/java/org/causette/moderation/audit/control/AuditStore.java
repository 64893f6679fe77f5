package org.causette.moderation.audit.control;

import com.mongodb.MongoException;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.kit.mongo.Stores;
import org.causette.moderation.audit.entity.AuditEntry;
import org.causette.moderation.audit.entity.ChainCheck;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.LockSupport;

/**
 * {@code audit}: the hash-chained log, one document per entry with {@code _id} = sequence number. An append takes
 * the next number by inserting it: the unique {@code _id} lets exactly one of two concurrent appenders have it, the
 * other re-reads the head and retries, so the chain never forks and never has a gap (a number is only used by a
 * written entry). {@code auditHead} holds the last known entry ({@code _id} head) as a hint; it only moves forward and
 * may lag, so an append walks forward by {@code _id} from it. Entries are never updated or deleted by the service.
 */
@ApplicationScoped
public class AuditStore {
    private static final System.Logger LOG = System.getLogger(AuditStore.class.getName());
    private static final String HEAD = "head";
    private static final int ATTEMPTS = 200;
    private static final int PAGE = 500;

    @Inject
    MongoDatabase database;

    MongoCollection<Document> entries;
    MongoCollection<Document> head;

    @PostConstruct
    void init() {
        entries = database.getCollection("audit");
        head = database.getCollection("auditHead");
    }

    /**
     * Records a staff action.
     *
     * @param details alternating keys and values, e.g. {@code "decisionId", id, "action", "ban"}
     */
    public AuditEntry record(String actor, String action, String target, String... details) {
        var map = new LinkedHashMap<String, String>();
        for (int i = 0; i + 1 < details.length; i += 2) {
            map.put(details[i], details[i + 1]);
        }
        return append(actor, action, target, map);
    }

    public AuditEntry append(String actor, String action, String target, Map<String, String> details) {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            var entry = AuditChain.next(last(), Instant.now(), actor, action, target, details);
            try {
                entries.insertOne(toDocument(entry));
            } catch (MongoException e) {
                if (!Stores.isDuplicateKey(e)) {
                    throw e;
                }
                if (attempt > 2) {
                    LockSupport.parkNanos(ThreadLocalRandom.current().nextLong(100_000, 2_000_000));
                }
                continue;
            }
            advanceHead(entry);
            return entry;
        }
        LOG.log(System.Logger.Level.ERROR, "audit entry {0} by {1} not written after {2} attempts", action, actor,
                ATTEMPTS);
        throw new MongoException("audit log contention");
    }

    /** The last entry written, or null for an empty log. */
    AuditEntry last() {
        var known = head.find(Filters.eq("_id", HEAD)).first();
        AuditEntry last = null;
        long seq = 0;
        if (known != null) {
            seq = ((Number) known.get("seq")).longValue();
            last = new AuditEntry(seq, null, null, null, null, Map.of(), null, known.getString("hash"));
        }
        while (true) {
            var next = entries.find(Filters.eq("_id", seq + 1)).first();
            if (next == null) {
                return last;
            }
            last = toEntry(next);
            seq = last.seq();
        }
    }

    private void advanceHead(AuditEntry entry) {
        try {
            head.updateOne(Filters.and(Filters.eq("_id", HEAD), Filters.lt("seq", entry.seq())),
                    Updates.combine(Updates.set("seq", entry.seq()), Updates.set("hash", entry.hash())),
                    new UpdateOptions().upsert(true));
        } catch (MongoException e) {
            if (!Stores.isDuplicateKey(e)) {
                throw e;
            }
            // the head is already further on
        }
    }

    /** Entries after {@code afterSeq}, in order. */
    public List<AuditEntry> page(long afterSeq, int limit) {
        var result = new ArrayList<AuditEntry>();
        entries.find(Filters.gt("_id", afterSeq)).sort(Sorts.ascending("_id")).limit(limit)
                .forEach(d -> result.add(toEntry(d)));
        return result;
    }

    /** Reads the whole log in order and checks its chain, and that nothing was cut off after the head. */
    public ChainCheck verify() {
        var known = head.find(Filters.eq("_id", HEAD)).first();
        long headSeq = known == null ? 0 : ((Number) known.get("seq")).longValue();
        var verifier = new AuditVerifier();
        long after = 0;
        while (true) {
            var page = page(after, PAGE);
            page.forEach(verifier::accept);
            if (page.size() < PAGE) {
                break;
            }
            after = page.get(page.size() - 1).seq();
        }
        return verifier.result(headSeq);
    }

    static Document toDocument(AuditEntry e) {
        var details = new Document();
        e.details().forEach(details::append);
        return new Document("_id", e.seq())
                .append("seq", e.seq())
                .append("at", Date.from(e.at()))
                .append("actor", e.actor())
                .append("action", e.action())
                .append("target", e.target())
                .append("details", details)
                .append("prevHash", e.prevHash())
                .append("hash", e.hash());
    }

    static AuditEntry toEntry(Document d) {
        var details = new TreeMap<String, String>();
        var stored = d.get("details", Document.class);
        if (stored != null) {
            stored.forEach((k, v) -> details.put(k, v == null ? null : v.toString()));
        }
        var at = d.getDate("at");
        return new AuditEntry(((Number) d.get("_id")).longValue(), at == null ? null : at.toInstant(),
                d.getString("actor"), d.getString("action"), d.getString("target"), details, d.getString("prevHash"),
                d.getString("hash"));
    }
}
