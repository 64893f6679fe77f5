package org.causette.localbroker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;

import jakarta.jms.ConnectionFactory;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSContext;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalBrokerTest {

    @TempDir
    Path dataDir;

    @Test
    void persistentMessageSurvivesRestart() throws Exception {
        int port = freePort();
        try (var cut = LocalBroker.start(dataDir, port)) {
            try (var context = connect(cut).createContext()) {
                context.createProducer()
                        .setDeliveryMode(DeliveryMode.PERSISTENT)
                        .send(context.createQueue(BrokerConfiguration.MODERATION_REQUESTS), "kept in the journal");
            }
        }
        try (var cut = LocalBroker.start(dataDir, port);
             var context = connect(cut).createContext();
             var consumer = context.createConsumer(context.createQueue(BrokerConfiguration.MODERATION_REQUESTS))) {
            var received = (TextMessage) consumer.receive(5_000);
            assertEquals("kept in the journal", received.getText());
        }
    }

    @Test
    void messageRolledBackSixTimesGoesToDeadLetterQueue() throws Exception {
        try (var cut = LocalBroker.start(dataDir, freePort());
             var context = connect(cut).createContext(JMSContext.SESSION_TRANSACTED)) {
            var verdicts = context.createQueue("causette.test.poison");
            context.createProducer().send(verdicts, "poison");
            context.commit();
            try (var consumer = context.createConsumer(verdicts)) {
                for (int delivery = 1; delivery <= 6; delivery++) {
                    assertEquals("poison", consumer.receiveBody(String.class, 10_000), "delivery " + delivery);
                    context.rollback();
                }
                assertNull(consumer.receiveNoWait());
            }
            try (var deadLetters = context.createConsumer(context.createQueue(BrokerConfiguration.DEAD_LETTERS))) {
                assertEquals("poison", deadLetters.receiveBody(String.class, 5_000));
                context.commit();
            }
        }
    }

    private static ConnectionFactory connect(LocalBroker broker) {
        return new ActiveMQConnectionFactory(broker.url() + "?reconnectAttempts=0");
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
