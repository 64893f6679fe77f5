package org.causette.gateway.stream.control;

import jakarta.websocket.CloseReason;
import jakarta.websocket.Session;
import org.causette.gateway.security.entity.Identity;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * One open stream. Frames are sent one at a time, asynchronously, from a bounded queue: a client too slow to keep
 * up is closed with a clear reason instead of slowing the others or filling the memory.
 */
public class StreamConnection {
    private static final System.Logger LOG = System.getLogger(StreamConnection.class.getName());
    public static final CloseReason TOO_SLOW = new CloseReason(CloseReason.CloseCodes.TRY_AGAIN_LATER,
            "slow-consumer: too many frames waiting");

    private final Session session;
    private final Identity identity;
    private final String addressHash;
    private final int maxQueued;
    private volatile long lastActive = System.nanoTime();
    private final Queue<String> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;
    private CloseReason closeWhenSent;

    public StreamConnection(Session session, Identity identity, String addressHash, int maxQueued) {
        this.session = session;
        this.identity = identity;
        this.addressHash = addressHash;
        this.maxQueued = maxQueued;
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
                if (sending) {
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
        synchronized (this) {
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
            session.getAsyncRemote().sendText(next, result -> {
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
            if (sending) {
                closeWhenSent = reason;
                return;
            }
        }
        close(reason);
    }

    public void close(CloseReason reason) {
        markClosed();
        try {
            session.close(reason);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "stream already gone");
        }
    }

    public synchronized int queued() {
        return queue.size();
    }
}
