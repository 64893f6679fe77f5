package org.causette.gateway.tickets.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.types.Binary;
import org.causette.gateway.security.entity.Identity;
import org.causette.gateway.tickets.entity.StreamTicket;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Stream tickets in the gateway's database, so any gateway can redeem a ticket made through another. A ticket is
 * redeemed once: the delete that takes it is what counts, whoever read it first.
 */
@ApplicationScoped
public class TicketStore {

    @Inject
    MongoDatabase database;

    @Inject
    @ConfigProperty(name = "causette.gateway.stream.ticket-ttl-seconds")
    long ttlSeconds;

    MongoCollection<Document> tickets;

    @PostConstruct
    void init() {
        tickets = database.getCollection("streamTickets");
        // enforced by MongoDB; the local store ignores TTL indexes, hence purgeExpired
        tickets.createIndex(Indexes.ascending("expiresAt"), new IndexOptions().expireAfter(0L, TimeUnit.SECONDS));
    }

    public StreamTicket issue(Identity identity) {
        var ticket = TicketSeal.newTicket();
        var expiresAt = Instant.now().plus(Duration.ofSeconds(ttlSeconds));
        tickets.insertOne(new Document("_id", TicketSeal.idOf(ticket))
                .append("sessionId", identity.subject())
                .append("sealedToken", new Binary(TicketSeal.seal(ticket, identity.raw())))
                .append("expiresAt", Date.from(expiresAt)));
        return new StreamTicket(ticket, expiresAt);
    }

    /** The token the ticket stands for, once; empty for an unknown, used, expired or malformed ticket. */
    public Optional<String> redeem(String ticket) {
        if (!TicketSeal.wellFormed(ticket)) {
            return Optional.empty();
        }
        var id = TicketSeal.idOf(ticket);
        var stored = tickets.find(Filters.eq("_id", id)).first();
        if (stored == null || tickets.deleteOne(Filters.eq("_id", id)).getDeletedCount() != 1) {
            return Optional.empty();
        }
        if (!stored.getDate("expiresAt").toInstant().isAfter(Instant.now())) {
            return Optional.empty();
        }
        var sealed = stored.get("sealedToken");
        return TicketSeal.open(ticket, sealed instanceof Binary b ? b.getData() : sealed instanceof byte[] bytes ? bytes : null);
    }

    public long purgeExpired(Instant now) {
        return tickets.deleteMany(Filters.lt("expiresAt", Date.from(now))).getDeletedCount();
    }
}
