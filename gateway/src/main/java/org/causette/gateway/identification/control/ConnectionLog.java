package org.causette.gateway.identification.control;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.causette.contracts.ConnectionObserved;
import org.causette.contracts.Destinations;
import org.causette.contracts.Events;
import org.causette.kit.events.EventPublisher;
import org.causette.kit.identification.AddressCipher;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;

/**
 * LCEN identification data: tells moderation-service (which keeps it, one year) from which address a session
 * connects: when it is opened, when a stream opens, and when a request comes from another address than the last one
 * seen here. The address leaves this gateway only sealed (AES-256-GCM, {@link AddressCipher}) with the key named by
 * {@code causette.gateway.identification-key-location}; it is never stored or logged in the clear. The event is
 * sent off the request thread, so a slow broker never delays a request, a session or a stream.
 */
@ApplicationScoped
public class ConnectionLog {
    private static final System.Logger LOG = System.getLogger(ConnectionLog.class.getName());
    private static final int REMEMBERED_SESSIONS = 200_000;

    @Inject
    EventPublisher publisher;

    @Resource
    ManagedExecutorService executor;

    @Inject
    @ConfigProperty(name = "causette.gateway.identification-key-location", defaultValue = "")
    String keyLocation;

    /** session id to the address (sealed is not comparable: a keyed hash) last reported from this gateway */
    private final Map<String, String> lastAddress = new ConcurrentHashMap<>();
    private volatile byte[] key;
    private volatile boolean warned;

    /** A session was opened or a stream connected: always recorded. */
    public void observed(String sessionId, String nickname, String deviceHash, String kind, String address,
                         String addressHash) {
        remember(sessionId, addressHash);
        publish(sessionId, nickname, deviceHash, kind, address);
    }

    /** A request of a session: recorded only when its address differs from the last one seen here. */
    public void request(String sessionId, String nickname, String address, String addressHash) {
        if (lastAddress.size() > REMEMBERED_SESSIONS) {
            lastAddress.clear();
        }
        if (addressHash.equals(lastAddress.put(sessionId, addressHash))) {
            return;   // atomic: of concurrent requests from a new address, one records it
        }
        publish(sessionId, nickname, null, "request", address);
    }

    public void forget(String sessionId) {
        lastAddress.remove(sessionId);
    }

    private void remember(String sessionId, String addressHash) {
        if (lastAddress.size() > REMEMBERED_SESSIONS) {
            lastAddress.clear();   // worst case: a few more records than needed
        }
        lastAddress.put(sessionId, addressHash);
    }

    private void publish(String sessionId, String nickname, String deviceHash, String kind, String address) {
        String sealed = null;
        var secret = key();
        if (secret != null && address != null) {
            sealed = AddressCipher.seal(secret, sessionId, address);
        }
        var event = new ConnectionObserved(Events.newId(), Instant.now(), sessionId, nickname, kind, sealed,
                deviceHash);
        Runnable send = () -> {
            try {
                publisher.toQueue(Destinations.MODERATION_IDENTIFICATION, event, sessionId);
            } catch (RuntimeException e) {
                lastAddress.remove(sessionId);   // try again on the next request
                LOG.log(System.Logger.Level.WARNING, "identification data of session {0} not sent ({1})", sessionId,
                        e.getClass().getSimpleName());
            }
        };
        if (executor == null) {
            send.run();
            return;
        }
        try {
            executor.execute(send);
        } catch (RejectedExecutionException e) {
            send.run();
        }
    }

    private byte[] key() {
        var k = key;
        if (k == null && !keyLocation.isBlank()) {
            try {
                var read = Files.readAllBytes(Path.of(keyLocation));
                if (read.length == AddressCipher.KEY_BYTES) {
                    key = read;
                    return read;
                }
            } catch (IOException | RuntimeException e) {
                // reported below
            }
        }
        if (k == null && !warned) {
            warned = true;
            LOG.log(System.Logger.Level.ERROR, "no usable identification key (causette.gateway.identification-key-"
                    + "location, 32 bytes): connections are recorded without their address");
        }
        return k;
    }
}
