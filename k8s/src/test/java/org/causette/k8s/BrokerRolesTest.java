package org.causette.k8s;

import org.causette.sweep.control.BrokerManagement;
import org.causette.sweep.entity.Subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.core.config.impl.SecurityConfiguration;
import org.apache.activemq.artemis.core.server.embedded.EmbeddedActiveMQ;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.apache.activemq.artemis.spi.core.security.ActiveMQJAASSecurityManager;
import org.apache.activemq.artemis.spi.core.security.jaas.InVMLoginModule;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kubernetes broker's security settings (base/artemis/broker.xml), in a real embedded broker with the users and
 * roles start.sh writes and its TLS acceptor (PEM key store, as cert-manager writes it; a throw-away CA made with
 * openssl): each workload sends and consumes only its own addresses, nobody but the operator manages, nobody talks
 * to it in clear. Only what a pod cannot have here is changed: no pair, a temporary data directory, a free port.
 */
class BrokerRolesTest {
    private static final Path ARTEMIS = Kustomize.K8S.resolve("base/artemis");
    @TempDir
    static Path data;
    static EmbeddedActiveMQ broker;
    static String url;
    final List<Connection> connections = new ArrayList<>();

    /** One broker for the class (a start costs seconds); each test uses addresses and subscriptions of its own. */
    @BeforeAll
    static void start() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var tls = Files.createDirectories(data.resolve("tls"));
        certificates(tls);
        url = "tcp://localhost:" + port + "?sslEnabled=true;trustStoreType=PEM;trustStorePath=" + tls.resolve("ca.crt")
                + ";verifyHost=true;callTimeout=120000;connectionTTL=120000";   // generous: the build machines are busy
        var xml = Files.readString(ARTEMIS.resolve("broker.xml"))
                .replace("@NAME@", "artemis-0").replace("@NAMESPACE@", "causette")
                .replace("@SELF_HOST@", "127.0.0.1").replace("@CLUSTER_USER@", "causette-cluster")
                .replace("@CLUSTER_PASSWORD@", "cluster").replace("@HA_POLICY@", "")
                .replace("/var/lib/artemis-data", data.toString())
                .replaceAll("(?s)<connectors>.*?</connectors>", "")
                .replaceAll("(?s)<cluster-connections>.*?</cluster-connections>", "")
                .replace("tcp://0.0.0.0:61616?", "tcp://127.0.0.1:" + port + "?")
                .replace("/etc/causette/tls/", tls + "/");
        var config = data.resolve("broker.xml");
        Files.writeString(config, xml);

        var users = new SecurityConfiguration();
        for (var workload : workloadsOfStartScript()) {
            users.addUser("causette-" + workload, workload + "-secret");
            users.addRole("causette-" + workload, workload);
        }
        broker = new EmbeddedActiveMQ();
        broker.setConfigResourcePath(config.toUri().toString());
        broker.setSecurityManager(new ActiveMQJAASSecurityManager(InVMLoginModule.class.getName(), users));
        broker.start();
    }

    @AfterEach
    void close() throws Exception {
        for (var c : connections) {
            c.close();
        }
    }

    @AfterAll
    static void stop() throws Exception {
        broker.stop();
    }

    @Test
    void roomMessagesGoFromTheGatewayToMessagingAndModerationOnly() throws Exception {
        var gateway = session("gateway");
        gateway.createProducer(gateway.createQueue("causette.messaging.submissions"))
                .send(gateway.createTextMessage("m-1"));

        assertEquals("m-1", receive(session("messaging"), "causette.messaging.submissions"));
        assertEquals("m-1", receive(session("moderation"), "causette.moderation.requests"), "the divert's copy");

        assertThrows(JMSSecurityException.class, () -> gateway.createConsumer(
                gateway.createQueue("causette.moderation.requests")), "the gateway reads no one else's queue");
        assertThrows(JMSSecurityException.class, () -> gateway.createProducer(gateway.createQueue(
                "causette.messaging.holds")).send(gateway.createTextMessage("x")), "nor sends legal holds");
        var rooms = session("rooms");
        assertThrows(JMSSecurityException.class, () -> rooms.createProducer(rooms.createQueue(
                "causette.messaging.submissions")).send(rooms.createTextMessage("x")));
    }

    @Test
    void onlyGatewaysSubscribeToTheirEventsAndEveryServiceTellsThem() throws Exception {
        var gateway = session("gateway");
        var subscription = gateway.createDurableSubscriber(gateway.createTopic("causette.gateway.events"),
                "gateway-gateway-0");
        var rooms = session("rooms");
        rooms.createProducer(rooms.createTopic("causette.gateway.events")).send(rooms.createTextMessage("joined"));
        var received = (TextMessage) subscription.receive(10_000);
        assertNotNull(received, "the gateway's own subscription receives the events");
        assertEquals("joined", received.getText());

        assertThrows(JMSSecurityException.class, () -> rooms.createDurableSubscriber(
                rooms.createTopic("causette.gateway.events"), "not-a-gateway"));
        assertThrows(JMSSecurityException.class, () -> gateway.createDurableSubscriber(
                gateway.createTopic("causette.platform.events"), "gateway-reads-platform-events"));
        var moderation = session("moderation");
        moderation.createDurableSubscriber(moderation.createTopic("causette.platform.events"), "moderation-service")
                .close();
    }

    @Test
    void noWorkloadManagesBrowsesOrReadsDeadLettersButTheOperatorDoes() throws Exception {
        for (var workload : List.of("gateway", "rooms", "messaging", "moderation")) {
            var s = session(workload);
            assertThrows(JMSSecurityException.class, () -> s.createProducer(s.createQueue("activemq.management"))
                    .send(s.createTextMessage("{}")), workload + " sends management requests");
            assertThrows(JMSSecurityException.class, () -> s.createBrowser(s.createQueue("causette.dlq"))
                    .getEnumeration().hasMoreElements(), workload + " browses the dead letters");
            s.createProducer(s.createQueue("causette.dlq")).send(s.createTextMessage("parked by " + workload));
        }
        var operator = session("operator");
        var parked = operator.createBrowser(operator.createQueue("causette.dlq")).getEnumeration();
        int count = 0;
        while (parked.hasMoreElements()) {
            parked.nextElement();
            count++;
        }
        assertEquals(4, count, "the operator sees every parked message");
    }

    /** The subscription sweep (its CronJob runs as causette-operator) lists and deletes a gateway's subscription. */
    @Test
    void theSubscriptionSweepManagesSubscriptionsAsTheOperatorOnly() throws Exception {
        var events = "causette.gateway.events";
        try (var factory = new ActiveMQConnectionFactory(url, "causette-gateway", "gateway-secret");
             var context = factory.createContext()) {
            context.createSharedDurableConsumer(context.createTopic(events), "gateway-gateway-9").close();
        }
        try (var asGateway = new BrokerManagement(url, "causette-gateway", "gateway-secret")) {
            assertThrows(JMSSecurityException.class, () -> asGateway.subscriptionsOf(events));
        }
        try (var operator = new BrokerManagement(url, "causette-operator", "operator-secret")) {
            assertTrue(operator.subscriptionsOf(events).contains(new Subscription("gateway-gateway-9", 0)));
            operator.destroy("gateway-gateway-9");
            assertTrue(operator.subscriptionsOf(events).stream().noneMatch(s -> s.queue().equals("gateway-gateway-9")));
        }
    }

    /**
     * The JMX exporter rules the broker image runs (artemis/jmx-exporter.yaml), against this broker's MBeans: the
     * series the alerts and the dashboard read exist, with the queue as a label.
     */
    @Test
    void theExporterRulesGiveTheSeriesTheAlertsRead() throws Exception {
        var gateway = session("gateway");
        gateway.createProducer(gateway.createQueue("causette.moderation.identification"))
                .send(gateway.createTextMessage("observed"));

        var registry = new io.prometheus.metrics.model.registry.PrometheusRegistry();
        new io.prometheus.jmx.JmxCollector(ARTEMIS.resolve("jmx-exporter.yaml").toFile()).register(registry);
        var text = new java.io.ByteArrayOutputStream();
        new io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter(false).write(text, registry.scrape());
        var metrics = text.toString(java.nio.charset.StandardCharsets.UTF_8);

        assertTrue(Pattern.compile("(?m)^artemis_queue_messages\\{[^}]*queue=\"causette\\.moderation\\.identification\"[^}]*} [1-9]")
                .matcher(metrics).find(), metrics);
        for (var series : List.of("artemis_queue_messages{", "queue=\"causette.dlq\"", "artemis_queue_consumers{",
                "artemis_queue_messages_killed_total{", "artemis_broker_diskstoreusage{", "artemis_broker_active{")) {
            assertTrue(metrics.contains(series), () -> series + " missing from:\n" + metrics);
        }
    }

    @Test
    void aClientInClearIsRefused() {
        var clear = url.substring(0, url.indexOf('?'));
        var factory = new ActiveMQConnectionFactory(clear + "?callTimeout=3000;initialConnectAttempts=1", "causette-gateway",
                "gateway-secret");
        assertThrows(JMSException.class, () -> factory.createConnection().close());
        factory.close();
    }

    @Test
    void aWrongPasswordIsRefused() {
        var factory = new ActiveMQConnectionFactory(url, "causette-gateway", "guess");
        assertThrows(JMSSecurityException.class, () -> factory.createConnection().close());
        factory.close();
    }

    private Session session(String workload) throws JMSException {
        var factory = new ActiveMQConnectionFactory(url, "causette-" + workload, workload + "-secret");
        var connection = factory.createConnection();
        connection.setClientID("test-" + workload + "-" + connections.size());
        connection.start();
        connections.add(connection);
        return connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    private static String receive(Session session, String queue) throws JMSException {
        var message = (TextMessage) session.createConsumer(session.createQueue(queue)).receive(10_000);
        assertNotNull(message, "nothing on " + queue);
        return message.getText();
    }

    /** A CA and the broker's certificate for localhost, the key and chain in one PEM file like cert-manager's. */
    private static void certificates(Path dir) throws Exception {
        Files.writeString(dir.resolve("san.ext"), "subjectAltName=DNS:localhost,IP:127.0.0.1\n");
        openssl(dir, "req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-days", "1",
                "-subj", "/CN=test-ca", "-keyout", "ca.key", "-out", "ca.crt");
        openssl(dir, "req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-subj", "/CN=artemis",
                "-keyout", "tls.key", "-out", "tls.csr");
        openssl(dir, "x509", "-req", "-in", "tls.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "1", "-extfile", "san.ext", "-out", "tls.crt");
        Files.writeString(dir.resolve("tls-combined.pem"),
                Files.readString(dir.resolve("tls.key")) + Files.readString(dir.resolve("tls.crt")));
    }

    private static void openssl(Path dir, String... args) throws Exception {
        var command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        var process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes());
        assertEquals(0, process.waitFor(), () -> "openssl " + String.join(" ", args) + ": " + output);
    }

    /** The workloads start.sh writes a user and a role for, in its own words. */
    private static List<String> workloadsOfStartScript() throws IOException {
        var script = Files.readString(ARTEMIS.resolve("start.sh"));
        var loops = Pattern.compile("for w in ([a-z ]+); do").matcher(script);
        assertTrue(loops.find(), "start.sh writes no users");
        var workloads = Arrays.asList(loops.group(1).trim().split(" "));
        assertEquals(List.of("gateway", "rooms", "messaging", "moderation", "operator"), workloads);
        return workloads;
    }
}
