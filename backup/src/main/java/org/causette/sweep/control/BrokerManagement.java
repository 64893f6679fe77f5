package org.causette.sweep.control;

import jakarta.jms.JMSException;
import jakarta.jms.QueueConnection;
import jakarta.jms.QueueSession;
import jakarta.jms.Session;
import org.apache.activemq.artemis.api.core.management.ResourceNames;
import org.apache.activemq.artemis.api.jms.management.JMSManagementHelper;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.causette.sweep.entity.Subscription;

import java.util.ArrayList;
import java.util.List;

/**
 * Artemis core management over JMS (requests to {@code activemq.management}, answers on a temporary queue). Needs a
 * user with the {@code manage} permission (the operator); the gateways' users have none.
 */
public final class BrokerManagement implements AutoCloseable {
    private static final long ANSWER_MILLIS = 10_000;

    private final QueueConnection connection;
    private final QueueSession session;

    public BrokerManagement(String url, String user, String password) throws JMSException {
        var factory = new ActiveMQConnectionFactory(url);
        connection = user == null || user.isEmpty() ? factory.createQueueConnection()
                : factory.createQueueConnection(user, password);
        connection.start();
        session = connection.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    /** The queues bound to a topic address (its subscriptions), each with its consumer count. */
    public List<Subscription> subscriptionsOf(String address) throws JMSException {
        var subscriptions = new ArrayList<Subscription>();
        for (var name : (Object[]) ask(m -> JMSManagementHelper.putAttribute(m, ResourceNames.ADDRESS + address,
                "queueNames"))) {
            subscriptions.add(new Subscription(name.toString(), consumersOf(name.toString())));
        }
        return subscriptions;
    }

    public long consumersOf(String queue) throws JMSException {
        return ((Number) ask(m -> JMSManagementHelper.putAttribute(m, ResourceNames.QUEUE + queue, "consumerCount")))
                .longValue();
    }

    /** Deletes a queue with its messages; the broker refuses while a consumer is attached. */
    public void destroy(String queue) throws JMSException {
        ask(m -> JMSManagementHelper.putOperationInvocation(m, ResourceNames.BROKER, "destroyQueue", queue, false));
    }

    private interface Request {
        void fill(jakarta.jms.Message message) throws Exception;
    }

    private Object ask(Request request) throws JMSException {
        var replies = session.createTemporaryQueue();
        try (var producer = session.createSender(session.createQueue("activemq.management"));
             var consumer = session.createReceiver(replies)) {
            var message = session.createMessage();
            request.fill(message);
            message.setJMSReplyTo(replies);
            producer.send(message);
            var answer = consumer.receive(ANSWER_MILLIS);
            if (answer == null) {
                throw new JMSException("no answer from the broker's management in " + ANSWER_MILLIS + " ms");
            }
            var result = JMSManagementHelper.getResult(answer);
            if (!JMSManagementHelper.hasOperationSucceeded(answer)) {
                throw new JMSException("management refused: " + result);
            }
            return result;
        } catch (JMSException e) {
            throw e;
        } catch (Exception e) {
            throw new JMSException(e.getMessage());
        } finally {
            replies.delete();
        }
    }

    @Override
    public void close() throws JMSException {
        connection.close();
    }
}
