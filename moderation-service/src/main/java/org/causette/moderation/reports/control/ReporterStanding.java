package org.causette.moderation.reports.control;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.UpdateOptions;
import com.mongodb.client.model.Updates;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.bson.Document;
import org.causette.kit.problems.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

/**
 * {@code reporterStanding}: per reporter session ({@code _id}), the times its reports were dismissed, read by
 * {@code _id} on each report. Abusive reporters are refused with 429 rate-limited for a while (DSA Art. 23(2)).
 */
@ApplicationScoped
public class ReporterStanding {
    private static final System.Logger LOG = System.getLogger(ReporterStanding.class.getName());

    @Inject
    MongoDatabase database;

    @Inject
    @ConfigProperty(name = "causette.moderation.abusive-reporters.dismissed-reports", defaultValue = "5")
    int limit;

    @Inject
    @ConfigProperty(name = "causette.moderation.abusive-reporters.window-days", defaultValue = "7")
    int windowDays;

    @Inject
    @ConfigProperty(name = "causette.moderation.abusive-reporters.throttle-hours", defaultValue = "24")
    int throttleHours;

    MongoCollection<Document> standing;
    ReporterThrottle throttle;

    @PostConstruct
    void init() {
        standing = database.getCollection("reporterStanding");
        throttle = new ReporterThrottle(limit, Duration.ofDays(windowDays), Duration.ofHours(throttleHours));
    }

    /** @throws ProblemException 429 rate-limited while the reporter is throttled */
    public void checkMayReport(String reporterSessionId, Instant now) {
        var doc = standing.find(Filters.eq("_id", reporterSessionId)).first();
        if (doc == null) {
            return;
        }
        var dismissals = doc.getList("dismissed", Date.class, List.of()).stream().map(Date::toInstant).toList();
        throttle.throttledUntil(dismissals, now).ifPresent(until -> {
            long seconds = Math.max(1, Duration.between(now, until).toSeconds());
            throw new ProblemException(429, "rate-limited", "Too many of your reports were found unfounded; "
                    + "you can report again later.", Map.of("Retry-After", Long.toString(seconds)));
        });
    }

    /** The reports of these sessions were dismissed now. */
    public void dismissed(Collection<String> reporterSessionIds, Instant at) {
        for (var id : reporterSessionIds) {
            standing.updateOne(Filters.eq("_id", id), Updates.push("dismissed", Date.from(at)),
                    new UpdateOptions().upsert(true));
        }
        if (!reporterSessionIds.isEmpty()) {
            LOG.log(System.Logger.Level.INFO, "{0} reporter(s) had a report dismissed", reporterSessionIds.size());
        }
    }
}
