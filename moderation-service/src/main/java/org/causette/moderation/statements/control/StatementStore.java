package org.causette.moderation.statements.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.moderation.statements.entity.Statement;
import org.causette.moderation.statements.entity.StatementOrigin;

import java.util.Date;
import java.util.List;
import java.util.Optional;

/** Statements of reasons by id; written once (an upsert that only inserts), so writing again changes nothing. */
@ApplicationScoped
public class StatementStore {

    @Inject
    MongoDatabase database;

    MongoCollection<Document> statements;

    @PostConstruct
    void init() {
        statements = database.getCollection("statements");
    }

    /** @param sessionId the person concerned (kept for appeals, never published) */
    public void storeOnce(Statement s, String sessionId, String messageId, String caseId) {
        var fields = toDocument(s).append("sessionId", sessionId).append("messageId", messageId).append("caseId", caseId);
        fields.remove("_id");
        var updates = fields.entrySet().stream().map(e -> Updates.setOnInsert(e.getKey(), e.getValue())).toList();
        statements.updateOne(Filters.eq("_id", s.id()), Updates.combine(updates), new UpdateOptions().upsert(true));
    }

    public Optional<Statement> find(String id) {
        return Optional.ofNullable(statements.find(Filters.eq("_id", id)).first()).map(StatementStore::toStatement);
    }

    public Optional<StatementOrigin> origin(String id) {
        return Optional.ofNullable(statements.find(Filters.eq("_id", id)).first()).map(d -> {
            var automation = d.get("automation", Document.class);
            return new StatementOrigin(d.getString("_id"), d.getString("decision"), d.getDate("issuedAt").toInstant(),
                    automation != null && automation.getBoolean("decision", false), d.getString("sessionId"),
                    d.getString("messageId"), d.getString("caseId"));
        });
    }

    static Document toDocument(Statement s) {
        return new Document("_id", s.id())
                .append("issuedAt", Date.from(s.issuedAt()))
                .append("decision", s.decision())
                .append("scope", s.scope())
                .append("summary", s.summary())
                .append("facts", s.facts())
                .append("categories", s.categories())
                .append("ground", new Document("reference", s.ground().reference())
                        .append("explanation", s.ground().explanation()))
                .append("automation", new Document("detection", s.automation().detection())
                        .append("decision", s.automation().decision()))
                .append("durationMinutes", s.durationMinutes())
                .append("until", s.until() == null ? null : Date.from(s.until()))
                .append("redress", new Document("internalComplaint", s.redress().internalComplaint())
                        .append("outOfCourtSettlement", s.redress().outOfCourtSettlement())
                        .append("judicialRedress", s.redress().judicialRedress()));
    }

    static Statement toStatement(Document d) {
        var ground = d.get("ground", Document.class);
        var automation = d.get("automation", Document.class);
        var redress = d.get("redress", Document.class);
        var until = d.getDate("until");
        var duration = d.get("durationMinutes");
        return new Statement(d.getString("_id"), d.getDate("issuedAt").toInstant(), d.getString("decision"),
                d.getString("scope"), d.getString("summary"), d.getString("facts"),
                d.getList("categories", String.class, List.of()),
                new Statement.Ground(ground.getString("reference"), ground.getString("explanation")),
                new Statement.Automation(automation.getBoolean("detection", false), automation.getBoolean("decision", false)),
                duration instanceof Number n ? n.longValue() : null,
                until == null ? null : until.toInstant(),
                new Statement.Redress(redress.getString("internalComplaint"), redress.getString("outOfCourtSettlement"),
                        redress.getString("judicialRedress")));
    }
}
