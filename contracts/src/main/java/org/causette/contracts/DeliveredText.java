package org.causette.contracts;

/** What members see of a released message. */
public final class DeliveredText {
    static final String FULLY_MASKED = "•••";

    private DeliveredText() {
    }

    public static String of(ChatMessage message, Verdict verdict) {
        if (verdict.deliveredText() != null) {
            return verdict.deliveredText();
        }
        return verdict.action() == Verdict.Action.allow ? message.text() : FULLY_MASKED;
    }
}
