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
    private final int maxQueued;
    private final Queue<String> queue = new ArrayDeque<>();
    private boolean sending;
    private boolean closed;

    public StreamConnection(Session session, Identity identity, int maxQueued) {
        this.session = session;
        this.identity = identity;
        this.maxQueued = maxQueued;
    }

    public Identity identity() {
        return identity;
    }

    public String sessionId() {
        return identity.subject();
    }

    public void send(String frame) {
        synchronized (this) {
            if (closed) {
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
        synchronized (this) {
            next = queue.poll();
            if (next == null || closed) {
                sending = false;
                return;
            }
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
