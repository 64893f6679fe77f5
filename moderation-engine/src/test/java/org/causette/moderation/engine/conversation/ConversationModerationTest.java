package org.causette.moderation.engine.conversation;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.ModerationSettings;
import org.causette.moderation.engine.SharedEngine;
import org.causette.moderation.engine.Submission;
import org.causette.moderation.engine.Verdict;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Grooming spread over several messages of one sender, with the earlier messages given as context. */
class ConversationModerationTest {

    private static final ConversationModeration MODERATION =
            new ConversationModeration(SharedEngine.ENGINE, ModerationSettings.defaults());

    private static final String ADULT = "sender-a";
    private static final String TEEN = "sender-b";
    private static final List<Turn> AGE_THEN_APP = List.of(
            new Turn(ADULT, "salut ça va ? t'as quel âge ?"),
            new Turn(TEEN, "15 et toi"),
            new Turn(ADULT, "cool. t'as snap ? on sera mieux là-bas"),
            new Turn(TEEN, "oui pk"));
    private static final String PHOTO = "tu m'envoies une photo de toi ?";

    private static Submission from(String sender, String text) {
        return new Submission(text, Context.TEEN_DIRECT, sender, null, null);
    }

    @Test
    void theAgeQuestionAndThePhotoRequestAloneAreAllowed() {
        assertEquals(Action.ALLOW, MODERATION.decide(from(ADULT, AGE_THEN_APP.get(0).text()), List.of()).action());
        assertEquals(Action.ALLOW, MODERATION.decide(from(ADULT, PHOTO), List.of()).action());
    }

    @Test
    void holdsThePhotoRequestThatCompletesAgeAndAnotherApp() {
        Verdict v = MODERATION.decide(from(ADULT, PHOTO), AGE_THEN_APP);
        assertEquals(Action.HOLD, v.action(), v.ruleIds().toString());
        assertTrue(v.categories().contains("child-safety"), v.categories().toString());
        assertTrue(v.ruleIds().contains(ConversationModeration.RULE), v.ruleIds().toString());
    }

    @Test
    void otherPeoplesMessagesNeverCountAgainstTheSender() {
        List<Turn> askedByTheOther = AGE_THEN_APP.stream()
                .map(t -> new Turn(t.senderId().equals(ADULT) ? TEEN : ADULT, t.text())).toList();
        assertEquals(Action.ALLOW, MODERATION.decide(from(ADULT, PHOTO), askedByTheOther).action());
    }

    @Test
    void ordinaryChatBetweenTheCuesLeavesTheMessageAlone() {
        List<Turn> chat = List.of(new Turn(ADULT, "t'as quel âge ?"), new Turn(TEEN, "16"),
                new Turn(ADULT, "moi aussi, t'es en première ?"));
        Verdict v = MODERATION.decide(from(ADULT, "tu joues à quoi en ce moment ?"), chat);
        assertEquals(Action.ALLOW, v.action(), v.ruleIds().toString());
    }

    @Test
    void onlyTheLastTurnsAreRead() {
        List<Turn> longAgo = new ArrayList<>(AGE_THEN_APP);
        for (int i = 0; i < ConversationModeration.MAX_TURNS; i++) {
            longAgo.add(new Turn(TEEN, "on parle d'autre chose " + i));
        }
        assertEquals(Action.ALLOW, MODERATION.decide(from(ADULT, PHOTO), longAgo).action());
    }

    @Test
    void inATeenRoomTheSendersOwnEarlierMessagesCount() {
        List<Turn> room = List.of(new Turn(ADULT, "salut ça va ? t'as quel âge ?"), new Turn(TEEN, "lol"),
                new Turn(ADULT, "cool. t'as snap ? on sera mieux là-bas"));
        Verdict v = MODERATION.decide(new Submission(PHOTO, Context.TEEN_ROOM, ADULT, null, null), room);
        assertEquals(Action.HOLD, v.action(), v.ruleIds().toString());
    }
}
