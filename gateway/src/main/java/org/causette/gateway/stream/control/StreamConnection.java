package org.causette.gateway.stream.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import org.causette.gateway.security.entity.Identity;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * One stream. Frames are sent one at a time, asynchronously, from a bounded queue: a client too slow to keep up is
 * closed with a clear reason instead of slowing the others or filling the memory. A stream is registered before its
 * upgrade is answered and attached to its WebSocket session once open: the frames of that moment wait in the queue,
 * so a client that sees its stream open misses nothing.
 */
public class StreamConnection {
    private static final System.Logger LOG = System.getLogger(StreamConnection.class.getName());
    public static final CloseReason TOO_SLOW = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
            "slow-consumer: too many frames waiting");

    private Session session;
    private final Identity identity;
    private final String addressHash;
    private final int maxQueued;
    private final long registeredAt = System.nanoTime();
    private volatile long lastActive = registeredAt;
    private final Queue<String> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;
    private CloseReason closeWhenSent;
    private CloseReason closeOnAttach;

    public StreamConnection(Identity identity, String addressHash, int maxQueued) {
        this.identity = identity;
        this.addressHash = addressHash;
        this.maxQueued = maxQueued;
    }

    /**
     * The upgrade completed: the frames queued meanwhile go out first.
     *
     * @return false when the stream was closed before it opened (replaced, banned, ended): the session is closed
     * with that reason
     */
    public boolean attach(Session session) {
        CloseReason refused;
        synchronized (this) {
            this.session = session;
            refused = closeOnAttach;
            sending = refused == null;
        }
        if (refused != null) {
            close(refused);
            return false;
        }
        sendNext();
        return true;
    }

    /** Registered for an upgrade that has not completed within {@code limit}: it never will (see StreamHandover). */
    public synchronized boolean neverOpened(java.time.Duration limit, long nowNanos) {
        return session == null && nowNanos - registeredAt > limit.toNanos();
    }

    public Identity identity() {
        return identity;
    }

    public String sessionId() {
        return identity.subject();
    }

    /** Something went either way on the stream (as Liberty's own idle timeout counts). */
    public void active() {
        lastActive = System.nanoTime();
    }

    public boolean silentFor(java.time.Duration idle, long nowNanos) {
        return nowNanos - lastActive > idle.toNanos();
    }

    /** The keyed hash of the client address the stream was opened from. */
    public String addressHash() {
        return addressHash;
    }

    public void send(String frame) {
        active();
        synchronized (this) {
            if (closed || closeWhenSent != null) {
                return;
            }
            if (queue.size() >= maxQueued) {
                closed = true;
                queue.clear();
            } else {
                queue.add(frame);
                if (sending || session == null) {
                    return;
                }
                sending = true;
            }
        }
        if (closed) {
            close(TOO_SLOW);
        } else {
            sendNext();
        }
    }

    private void sendNext() {
        String next;
        CloseReason last;
        Session target;
        synchronized (this) {
            target = session;
            next = queue.poll();
            if (next != null && !closed) {
                last = null;
            } else {
                sending = false;
                last = closed ? null : closeWhenSent;
                next = null;
            }
        }
        if (last != null) {
            close(last);
        }
        if (next == null) {
            return;
        }
        try {
            target.getAsyncRemote().sendText(next, result -> {
                if (!result.isOK()) {
                    markClosed();
                    return;
                }
                sendNext();
            });
        } catch (RuntimeException e) {
            markClosed();
        }
    }

    private synchronized void markClosed() {
        closed = true;
        sending = false;
        queue.clear();
    }

    /** Closes once the frames already queued (e.g. the sanction that explains the close) have gone out. */
    public void closeAfterQueued(CloseReason reason) {
        synchronized (this) {
            if (closed) {
                return;
            }
            if (sending || session == null) {
                closeWhenSent = reason;
                return;
            }
        }
        close(reason);
    }

    public void close(CloseReason reason) {
        Session target;
        synchronized (this) {
            markClosed();
            target = session;
            if (target == null) {
                closeOnAttach = reason;
                return;
            }
        }
        try {
            target.close(reason);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "stream already gone");
        }
    }

    public synchronized int queued() {
        return queue.size();
    }
}
