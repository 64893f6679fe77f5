package org.causette.contracts;

/** Broker addresses shared by the services. */
public final class Destinations {
    /** Room messages a gateway accepted, to be stored and handed to moderation (gateways to messaging), anycast. */
    public static final String MESSAGING_SUBMISSIONS = "causette.messaging.submissions";
    /** Messages waiting for a verdict (messaging to moderation), anycast. */
    public static final String MODERATION_REQUESTS = "causette.moderation.requests";
    /** Verdicts (moderation to messaging), anycast. */
    public static final String MESSAGING_VERDICTS = "causette.messaging.verdicts";
    /** Everything the gateways push to streams, multicast: one durable subscription per gateway instance. */
    public static final String GATEWAY_EVENTS = "causette.gateway.events";
    /** Facts every service may keep a view of (session ended, sanctions), multicast: one subscription per service. */
    public static final String PLATFORM_EVENTS = "causette.platform.events";
    /** Identification data (LCEN) from the gateways to moderation-service, anycast. */
    public static final String MODERATION_IDENTIFICATION = "causette.moderation.identification";
    /** Legal holds placed and released (moderation to messaging), anycast. */
    public static final String MESSAGING_HOLDS = "causette.messaging.holds";
    /** Where poison messages end up, with the reason. */
    public static final String DEAD_LETTERS = "causette.dlq";

    public static final String EVENT_TYPE_PROPERTY = "eventType";

    private Destinations() {
    }
}
