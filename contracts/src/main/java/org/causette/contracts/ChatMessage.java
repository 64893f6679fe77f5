package org.causette.contracts;

import java.time.Instant;

/** A message as submitted by its author; the text is the original, kept as evidence. */
public record ChatMessage(String id, String clientMessageId, Channel channel, Sender sender, String text, Instant sentAt) {
}
