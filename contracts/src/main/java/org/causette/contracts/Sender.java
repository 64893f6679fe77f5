package org.causette.contracts;

public record Sender(String sessionId, String nickname, Audience bracket) {
}
