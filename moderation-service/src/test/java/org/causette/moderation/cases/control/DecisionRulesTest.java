package org.causette.moderation.cases.control;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.cases.entity.DecisionAction;
import org.causette.moderation.cases.entity.DecisionRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.List;
import org.causette.moderation.cases.entity.Decision;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecisionRulesTest {

    @Test
    void aTemporaryBan() {
        var cut = DecisionRules.validate(DecisionRequest.single("ban", 1440L, "  Insultes répétées ", "terms:4.2"));
        assertEquals(DecisionAction.BAN, cut.action());
        assertEquals(1440L, cut.durationMinutes());
        assertEquals("Insultes répétées", cut.reason());
        assertEquals("terms:4.2", cut.ground());
    }

    @Test
    void aBanWithoutDurationIsPermanent() {
        var cut = DecisionRules.validate(DecisionRequest.single("ban", null, "Sollicitation d'un mineur", "law:fr-cp-227-22-1"));
        assertNull(cut.durationMinutes());
        assertNull(Casework.until(cut.action(), cut.durationMinutes(), Instant.EPOCH));
    }

    @Test
    void aMuteEndsAfterItsDuration() {
        var cut = DecisionRules.validate(DecisionRequest.single("mute", 60L, "Spam", "terms:3.1"));
        assertEquals(Instant.EPOCH.plusSeconds(3600), Casework.until(cut.action(), cut.durationMinutes(), Instant.EPOCH));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dismiss", "remove-message", "approve-message", "warn", "kick"})
    void actionsWithoutDuration(String action) {
        assertEquals(action, DecisionRules.validate(DecisionRequest.single(action, null, "r", "terms:1")).action().id());
        assertField("durationMinutes", DecisionRequest.single(action, 10L, "r", "terms:1"));
    }

    @Test
    void refusals() {
        assertField("action", DecisionRequest.single("delete", null, "r", "terms:1"));
        assertField("action", DecisionRequest.single(null, null, "r", "terms:1"));
        assertField("durationMinutes", DecisionRequest.single("mute", null, "r", "terms:1"));
        assertField("durationMinutes", DecisionRequest.single("mute", 0L, "r", "terms:1"));
        assertField("durationMinutes", DecisionRequest.single("ban", -5L, "r", "terms:1"));
        assertField("durationMinutes", DecisionRequest.single("ban", DecisionRules.MAX_DURATION_MINUTES + 1, "r", "terms:1"));
        assertField("reason", DecisionRequest.single("warn", null, null, "terms:1"));
        assertField("reason", DecisionRequest.single("warn", null, "   ", "terms:1"));
        assertField("reason", DecisionRequest.single("warn", null, "x".repeat(1001), "terms:1"));
        assertField("ground", DecisionRequest.single("warn", null, "r", null));
        assertField("ground", DecisionRequest.single("warn", null, "r", "4.2"));
        assertField("ground", DecisionRequest.single("warn", null, "r", "terms:"));
        assertField("body", null);
    }

    @Test
    void reasonLengthCountsCharactersNotUtf16Units() {
        var emoji = "😡".repeat(1000);
        assertEquals(emoji, DecisionRules.validate(DecisionRequest.single("warn", null, emoji, "terms:1")).reason());
    }

    @Test
    void whatEachActionDoes() {
        assertTrue(DecisionAction.BAN.sanctionsSession() && DecisionAction.BAN.restricts());
        assertTrue(DecisionAction.REMOVE_MESSAGE.actsOnMessage() && DecisionAction.REMOVE_MESSAGE.restricts());
        assertTrue(!DecisionAction.APPROVE_MESSAGE.restricts() && !DecisionAction.DISMISS.restricts());
    }

    @Test
    void severalActionsPutTheMessageFirst() {
        var cut = DecisionRules.validateAll(new DecisionRequest(null, null, " Insultes ", "terms:4.2", List.of(
                new DecisionRequest.Step("mute", 60L), new DecisionRequest.Step("remove-message", null))));
        assertEquals(List.of(DecisionAction.REMOVE_MESSAGE, DecisionAction.MUTE), cut.stream().map(Decision::action).toList());
        assertEquals(60L, cut.get(1).durationMinutes());
        assertTrue(cut.stream().allMatch(d -> "Insultes".equals(d.reason()) && "terms:4.2".equals(d.ground())));
    }

    @Test
    void oneActionInAListOrAlone() {
        assertEquals(List.of(DecisionAction.WARN), DecisionRules.validateAll(new DecisionRequest(null, null, "r",
                "terms:1", List.of(new DecisionRequest.Step("warn", null)))).stream().map(Decision::action).toList());
        assertEquals(List.of(DecisionAction.BAN), DecisionRules.validateAll(DecisionRequest.single("ban", null, "r",
                "terms:1")).stream().map(Decision::action).toList());
    }

    @Test
    void refusedCombinations() {
        assertAllField("actions", new DecisionRequest("warn", null, "r", "terms:1",
                List.of(new DecisionRequest.Step("mute", 5L))));
        assertAllField("actions", new DecisionRequest(null, null, "r", "terms:1", List.of()));
        assertAllField("actions", new DecisionRequest(null, null, "r", "terms:1", List.of(
                new DecisionRequest.Step("remove-message", null), new DecisionRequest.Step("warn", null),
                new DecisionRequest.Step("kick", null))));
        assertAllField("actions", new DecisionRequest(null, null, "r", "terms:1", List.of(
                new DecisionRequest.Step("warn", null), new DecisionRequest.Step("ban", null))));
        assertAllField("actions", new DecisionRequest(null, null, "r", "terms:1", List.of(
                new DecisionRequest.Step("remove-message", null), new DecisionRequest.Step("approve-message", null))));
        assertAllField("actions", new DecisionRequest(null, null, "r", "terms:1", List.of(
                new DecisionRequest.Step("dismiss", null), new DecisionRequest.Step("warn", null))));
        assertAllField("actions[1].durationMinutes", new DecisionRequest(null, null, "r", "terms:1", List.of(
                new DecisionRequest.Step("remove-message", null), new DecisionRequest.Step("mute", null))));
        assertAllField("actions[0].action", new DecisionRequest(null, null, "r", "terms:1", List.of(
                new DecisionRequest.Step("delete", null))));
        assertAllField("reason", new DecisionRequest(null, null, " ", "terms:1", List.of(
                new DecisionRequest.Step("remove-message", null), new DecisionRequest.Step("warn", null))));
    }

    private static void assertAllField(String field, DecisionRequest request) {
        var e = assertThrows(ProblemException.class, () -> DecisionRules.validateAll(request));
        assertEquals(400, e.status());
        assertEquals("invalid-field", e.code());
        assertTrue(e.getMessage().startsWith(field + ":"), e.getMessage());
    }

    private static void assertField(String field, DecisionRequest request) {
        var e = assertThrows(ProblemException.class, () -> DecisionRules.validate(request));
        assertEquals(400, e.status());
        assertEquals("invalid-field", e.code());
        assertTrue(e.getMessage().startsWith(field + ":"), e.getMessage());
    }
}
