package org.causette.localbroker;

import java.nio.file.Path;

import org.apache.activemq.artemis.api.core.QueueConfiguration;
import org.apache.activemq.artemis.api.core.RoutingType;
import org.apache.activemq.artemis.api.core.SimpleString;
import org.apache.activemq.artemis.core.config.Configuration;
import org.apache.activemq.artemis.core.config.CoreAddressConfiguration;
import org.apache.activemq.artemis.core.config.DivertConfiguration;
import org.apache.activemq.artemis.core.config.impl.ConfigurationImpl;
import org.apache.activemq.artemis.core.server.ComponentConfigurationRoutingType;
import org.apache.activemq.artemis.core.server.JournalType;
import org.apache.activemq.artemis.core.settings.impl.AddressSettings;

/**
 * The broker's configuration: persistent NIO journal, one loopback acceptor, no security, no JMX,
 * Causette's addresses pre-created and redelivery to a dead-letter queue. Room messages submitted to messaging-service
 * are copied to moderation-service in the same routing (a divert), so both get them at once.
 */
final class BrokerConfiguration {

    static final String ACCEPTOR = "causette";
    static final String MESSAGING_SUBMISSIONS = "causette.messaging.submissions";
    static final String MODERATION_REQUESTS = "causette.moderation.requests";
    static final String MESSAGING_VERDICTS = "causette.messaging.verdicts";
    static final String GATEWAY_EVENTS = "causette.gateway.events";
    static final String PLATFORM_EVENTS = "causette.platform.events";
    static final String MODERATION_IDENTIFICATION = "causette.moderation.identification";
    static final String MESSAGING_HOLDS = "causette.messaging.holds";
    static final String DEAD_LETTERS = "causette.dlq";
    static final String EXPIRY = "causette.expiry";

    private BrokerConfiguration() {
    }

    static Configuration create(Path dataDir, int port) throws Exception {
        var config = new ConfigurationImpl()
                .setName("causette-broker")
                .setPersistenceEnabled(true)
                .setJournalType(JournalType.NIO)
                .setJournalDirectory(dataDir.resolve("journal").toString())
                .setBindingsDirectory(dataDir.resolve("bindings").toString())
                .setPagingDirectory(dataDir.resolve("paging").toString())
                .setLargeMessagesDirectory(dataDir.resolve("large-messages").toString())
                .setNodeManagerLockDirectory(dataDir.toString())
                .setSecurityEnabled(false)
                .setJMXManagementEnabled(false)
                .setMaxDiskUsage(-1);
        config.addAcceptorConfiguration(ACCEPTOR, "tcp://127.0.0.1:" + port);
        config.addAddressSetting("#", defaults());
        for (var pipeline : new String[]{MESSAGING_SUBMISSIONS, MODERATION_REQUESTS, MESSAGING_VERDICTS, GATEWAY_EVENTS, PLATFORM_EVENTS,
                MODERATION_IDENTIFICATION, MESSAGING_HOLDS}) {
            config.addAddressSetting(pipeline, pipeline());
        }
        config.addAddressSetting(DEAD_LETTERS, parking());
        config.addAddressSetting(EXPIRY, parking());
        config.addAddressConfiguration(anycastQueue(MESSAGING_SUBMISSIONS));
        config.addAddressConfiguration(anycastQueue(MODERATION_REQUESTS));
        config.addAddressConfiguration(anycastQueue(MESSAGING_VERDICTS));
        config.addAddressConfiguration(anycastQueue(MODERATION_IDENTIFICATION));
        config.addAddressConfiguration(anycastQueue(MESSAGING_HOLDS));
        config.addAddressConfiguration(anycastQueue(DEAD_LETTERS));
        config.addAddressConfiguration(anycastQueue(EXPIRY));
        config.addDivertConfiguration(new DivertConfiguration()
                .setName("submissions-to-moderation")
                .setAddress(MESSAGING_SUBMISSIONS)
                .setForwardingAddress(MODERATION_REQUESTS)
                .setRoutingType(ComponentConfigurationRoutingType.ANYCAST)
                .setExclusive(false));
        config.addAddressConfiguration(new CoreAddressConfiguration()
                .setName(GATEWAY_EVENTS)
                .addRoutingType(RoutingType.MULTICAST));
        config.addAddressConfiguration(new CoreAddressConfiguration()
                .setName(PLATFORM_EVENTS)
                .addRoutingType(RoutingType.MULTICAST));
        return config;
    }

    private static AddressSettings defaults() {
        return new AddressSettings()
                .setDeadLetterAddress(SimpleString.of(DEAD_LETTERS))
                .setExpiryAddress(SimpleString.of(EXPIRY))
                .setMaxDeliveryAttempts(6)
                .setRedeliveryDelay(200)
                .setRedeliveryMultiplier(2.0)
                .setMaxRedeliveryDelay(5000)
                .setAutoCreateQueues(true)
                .setAutoCreateAddresses(true)
                .setAutoDeleteCreatedQueues(false);
    }

    /**
     * The message pipeline: unreadable messages are parked by the services themselves, so what fails here fails for
     * a transient reason (a database outage), after the listener has already retried in place for a few seconds.
     * Redelivered at once, 200 times (half an hour or more): with no delay a rolled-back message goes back to the
     * head of its queue, where the later messages of its sender cannot overtake it.
     */
    private static AddressSettings pipeline() {
        return defaults().setMaxDeliveryAttempts(200).setRedeliveryDelay(0);
    }

    /** A message that reached the dead-letter or expiry queue stays there until someone takes it. */
    private static AddressSettings parking() {
        return new AddressSettings().setMaxDeliveryAttempts(-1);
    }

    private static CoreAddressConfiguration anycastQueue(String name) {
        return new CoreAddressConfiguration()
                .setName(name)
                .addRoutingType(RoutingType.ANYCAST)
                .addQueueConfiguration(QueueConfiguration.of(name)
                        .setAddress(name)
                        .setRoutingType(RoutingType.ANYCAST)
                        .setDurable(true));
    }
}
