package org.causette.messaging.messages.entity;

import org.causette.contracts.ChatMessage;
import org.causette.contracts.Verdict;

/**
 * A message as this service keeps it. {@code verdictEvent} is the event that caused the last state change and
 * {@code published} whether the event announcing that change was committed to the broker.
 */
public record StoredMessage(ChatMessage message, MessageState state, Verdict verdict, String statement,
                            String verdictEvent, boolean published, boolean legalHold) {
}
