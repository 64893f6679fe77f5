package org.causette.moderation.appeals.control;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.appeals.entity.AppealRequest;
import org.causette.moderation.appeals.entity.ReviewRequest;
import org.causette.moderation.cases.control.CaseStore;
import org.causette.moderation.sanctions.control.SanctionPublisher;
import org.causette.moderation.sanctions.control.SanctionStore;
import org.causette.moderation.sanctions.entity.Sanction;
import org.causette.moderation.statements.control.StatementStore;
import org.causette.moderation.statements.control.StatementsOfReasons;
import org.causette.moderation.statements.entity.Statement;
import org.causette.kit.testing.MemoryMongo;
import org.causette.contracts.Audience;
import org.causette.contracts.Channel;
import org.causette.contracts.ChatMessage;
import org.causette.contracts.Sender;
import org.causette.contracts.Verdict;
import org.causette.moderation.verdicts.control.VerdictPublisher;
import org.causette.moderation.verdicts.control.VerdictStore;
import org.causette.moderation.verdicts.entity.StoredVerdict;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AppealsTest {

    private MemoryMongo mongo;
    private Appeals cut;
    private final List<Sanction> liftEvents = new ArrayList<>();
    private final List<Verdict> overruled = new ArrayList<>();

    @BeforeEach
    void start() {
        mongo = new MemoryMongo();
        cut = new Appeals();
        cut.appeals = mongo.store(AppealStore.class);
        cut.statements = mongo.store(StatementStore.class);
        cut.cases = mongo.store(CaseStore.class);
        cut.sanctions = mongo.store(SanctionStore.class);
        cut.statementLinks = new StatementsOfReasons() {
            @Override
            public String url(String statementId) {
                return "http://localhost/api/v1/statements/" + statementId;
            }
        };
        cut.verdicts = mongo.store(VerdictStore.class);
        cut.verdictPublisher = new VerdictPublisher() {
            @Override
            public void overruled(ChatMessage message, Verdict verdict, String statementUrl) {
                overruled.add(verdict);
            }
        };
        cut.sanctionPublisher = new SanctionPublisher() {
            @Override
            public void lifted(Sanction s, Instant at, String reason, String statementUrl) {
                liftEvents.add(s);
            }
        };
    }

    @AfterEach
    void stop() {
        mongo.close();
    }

    private void banned(String statementId, String sessionId, Instant at) {
        cut.statements.storeOnce(new Statement(statementId, at, "ban", "session", "Exclusion", "faits", List.of("hate"),
                new Statement.Ground("terms:4.2", "insultes"), new Statement.Automation(false, false), null, null,
                new Statement.Redress("a", "b", "c")), sessionId, null, null);
        cut.sanctions.store(new Sanction("sanction-" + statementId, sessionId, null, "ban", null, "insultes",
                "terms:4.2", null, "d1", statementId, "alice", at, null));
    }

    @Test
    void aReversalByAnotherModeratorLiftsTheBan() {
        banned("st-1", "s1", Instant.now().minus(Duration.ofDays(1)));
        var receipt = cut.file(new AppealRequest("st-1", "Je n'ai rien dit de tel."), "s1");
        assertEquals("pending", receipt.status());
        assertEquals(1, cut.list("pending").size());

        var reviewed = cut.review(receipt.id(), new ReviewRequest("reversed", "Propos mal compris."), "bob");

        assertEquals("reversed", reviewed.status());
        assertEquals(List.of("sanction-st-1"), reviewed.review().liftedSanctions());
        assertEquals(1, liftEvents.size());
        assertNotNull(cut.sanctions.ofStatement("st-1").get(0).liftedAt());
        assertTrue(cut.sanctions.activeAt(Instant.now()).isEmpty());
        assertTrue(cut.list("pending").isEmpty());
        assertEquals(409, assertThrows(ProblemException.class,
                () -> cut.review(receipt.id(), new ReviewRequest("upheld", "again"), "carol")).status());
    }

    @Test
    void theDecidingModeratorMayNotReview() {
        banned("st-2", "s1", Instant.now());
        var receipt = cut.file(new AppealRequest("st-2", "injuste"), "s1");

        var e = assertThrows(ProblemException.class,
                () -> cut.review(receipt.id(), new ReviewRequest("reversed", "oups"), "alice"));

        assertEquals("same-moderator", e.code());
        assertEquals("pending", cut.find(receipt.id()).status());
        assertFalse(cut.sanctions.activeAt(Instant.now()).isEmpty());
    }

    @Test
    void anUpheldDecisionKeepsTheSanction() {
        banned("st-3", "s1", Instant.now());
        var receipt = cut.file(new AppealRequest("st-3", "injuste"), "s1");
        cut.review(receipt.id(), new ReviewRequest("upheld", "Les propos sont clairs."), "bob");
        assertTrue(liftEvents.isEmpty());
        assertEquals(1, cut.sanctions.activeAt(Instant.now()).size());
    }

    @Test
    void onlyTheSanctionedSessionMayAppealAndOnlyOnce() {
        banned("st-4", "s1", Instant.now());
        assertEquals(403, assertThrows(ProblemException.class,
                () -> cut.file(new AppealRequest("st-4", "injuste"), "s2")).status());
        cut.file(new AppealRequest("st-4", "injuste"), "s1");
        var again = assertThrows(ProblemException.class, () -> cut.file(new AppealRequest("st-4", "encore"), "s1"));
        assertEquals(409, again.status());
        assertEquals("already-appealed", again.code());
    }

    @Test
    void aDecisionOlderThanSixMonthsCannotBeAppealed() {
        banned("st-5", "s1", Instant.now().minus(Duration.ofDays(190)));
        assertEquals("appeal-period-ended", assertThrows(ProblemException.class,
                () -> cut.file(new AppealRequest("st-5", "injuste"), "s1")).code());
    }

    @Test
    void anUnknownStatementIsNotFound() {
        assertEquals(404, assertThrows(ProblemException.class,
                () -> cut.file(new AppealRequest("nope", "injuste"), "s1")).status());
    }

    @Test
    void reversingARemovalGivesTheMessageBack() {
        var message = new ChatMessage("m1", "c1", Channel.room("paris", Audience.adult),
                new Sender("s1", "Lou", Audience.adult), "une citation", Instant.now());
        var removal = new Verdict(Verdict.Action.block, List.of("harassment"), List.of("terms:4.1"), "retiré",
                "une citation", 1.0);
        cut.verdicts.storeIfAbsent(new StoredVerdict(message, removal, "st-6", Instant.now(), null, "d1"));
        cut.statements.storeOnce(new Statement("st-6", Instant.now(), "remove-message", "message", "Retiré", "faits",
                List.of("harassment"), new Statement.Ground("terms:4.1", "propos"), new Statement.Automation(false, false),
                null, null, new Statement.Redress("a", "b", "c")), "s1", "m1", null);
        var receipt = cut.file(new AppealRequest("st-6", "C'était une citation."), "s1");

        cut.review(receipt.id(), new ReviewRequest("reversed", "Citation."), "bob");

        assertEquals(1, overruled.size());
        assertEquals(Verdict.Action.allow, overruled.get(0).action());
        assertEquals("une citation", overruled.get(0).deliveredText());
        assertEquals(Verdict.Action.allow, cut.verdicts.find("m1").orElseThrow().verdict().action());
    }

    @Test
    void upholdingARemovalChangesNothing() {
        var message = new ChatMessage("m2", "c2", Channel.room("paris", Audience.adult),
                new Sender("s1", "Lou", Audience.adult), "texte", Instant.now());
        cut.verdicts.storeIfAbsent(new StoredVerdict(message, new Verdict(Verdict.Action.block, List.of(), List.of(),
                "retiré", "texte", 1.0), "st-7", Instant.now(), null, "d2"));
        cut.statements.storeOnce(new Statement("st-7", Instant.now(), "remove-message", "message", "Retiré", "faits",
                List.of(), new Statement.Ground("terms:4.1", "propos"), new Statement.Automation(false, false),
                null, null, new Statement.Redress("a", "b", "c")), "s1", "m2", null);
        var receipt = cut.file(new AppealRequest("st-7", "injuste"), "s1");
        cut.review(receipt.id(), new ReviewRequest("upheld", "Clair."), "bob");
        assertTrue(overruled.isEmpty());
    }
}
