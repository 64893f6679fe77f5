package org.causette.gateway.messages.entity;

/** What a client sends, by REST or on the stream. */
public record MessageRequest(String clientMessageId, String text) {
}
