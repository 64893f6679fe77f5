package org.causette.sweep.entity;

/** A durable subscription on the gateways' topic: its queue on the broker and the consumers attached now. */
public record Subscription(String queue, long consumers) {
    public static final String PREFIX = "gateway-";

    /** The gateway instance owning it (the queue is named {@code gateway-<instance>}), or null for another queue. */
    public String instance() {
        return queue.startsWith(PREFIX) && queue.length() > PREFIX.length() ? queue.substring(PREFIX.length()) : null;
    }
}
