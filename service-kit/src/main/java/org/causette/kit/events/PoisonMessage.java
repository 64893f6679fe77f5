package org.causette.kit.events;

/** A message no redelivery will ever make readable. */
public class PoisonMessage extends RuntimeException {
    public PoisonMessage(String reason) {
        super(reason, null, false, false);
    }
}
