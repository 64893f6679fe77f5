package org.causette.moderation.transparency.control;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Projections;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.causette.moderation.transparency.entity.Facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Objects;

/**
 * Reads what a transparency report counts: user reports, moderators' decisions (closed cases), automated decisions
 * (the statements of reasons of the engine's block, mask and hold; allowed messages are no decision) and appeals.
 * A report is rare and covers months, so it scans with a date filter and a projection.
 */
@ApplicationScoped
public class TransparencyFacts {

    @Inject
    MongoDatabase database;

    public List<Facts.Notice> notices(TransparencyFigures.Window w) {
        var result = new ArrayList<Facts.Notice>();
        database.getCollection("reports").find(between("at", w))
                .projection(Projections.include("category", "at", "source"))
                .forEach(d -> result.add(new Facts.Notice(d.getString("category"), d.getDate("at").toInstant(),
                        "trusted-flagger".equals(d.getString("source")))));
        return result;
    }

    public List<Facts.Decision> decisions(TransparencyFigures.Window w) {
        var result = new ArrayList<Facts.Decision>();
        database.getCollection("cases").find(Filters.and(Filters.eq("status", "closed"), between("decision.decidedAt", w)))
                .projection(Projections.include("decision", "reports"))
                .forEach(d -> {
                    var decision = d.get("decision", Document.class);
                    var firstReport = d.getList("reports", Document.class, List.of()).stream()
                            .filter(r -> !"automatic".equals(r.getString("source"))).map(r -> r.getDate("at"))
                            .filter(Objects::nonNull).min(Comparator.naturalOrder()).map(Date::toInstant).orElse(null);
                    // a decision with several actions (remove the message and mute its author) counts each
                    var actions = decision.getList("actions", Document.class, List.of()).stream()
                            .map(a -> a.getString("action")).toList();
                    for (var action : actions.isEmpty() ? List.of(decision.getString("action")) : actions) {
                        result.add(new Facts.Decision(action, decision.getString("ground"), false,
                                decision.getDate("decidedAt").toInstant(), firstReport));
                    }
                });
        database.getCollection("statements").find(Filters.and(Filters.eq("automation.decision", true),
                        between("issuedAt", w)))
                .projection(Projections.include("decision", "ground", "issuedAt"))
                .forEach(d -> {
                    var ground = d.get("ground", Document.class);
                    result.add(new Facts.Decision(d.getString("decision"),
                            ground == null ? null : ground.getString("reference"), true,
                            d.getDate("issuedAt").toInstant(), null));
                });
        return result;
    }

    public List<Facts.Appeal> appeals(TransparencyFigures.Window w) {
        var result = new ArrayList<Facts.Appeal>();
        database.getCollection("appeals").find(Filters.or(between("filedAt", w), between("review.reviewedAt", w)))
                .projection(Projections.include("filedAt", "review"))
                .forEach(d -> {
                    var review = d.get("review", Document.class);
                    var reviewedAt = review == null ? null : review.getDate("reviewedAt");
                    result.add(new Facts.Appeal(d.getDate("filedAt").toInstant(),
                            review == null ? null : review.getString("outcome"),
                            reviewedAt == null ? null : reviewedAt.toInstant()));
                });
        return result;
    }

    private static Bson between(String field, TransparencyFigures.Window w) {
        return Filters.and(Filters.gte(field, Date.from(w.start())), Filters.lt(field, Date.from(w.end())));
    }
}
