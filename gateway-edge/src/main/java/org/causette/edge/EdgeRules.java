package org.causette.edge;

import org.causette.kit.uri.RawUri;

import java.util.Optional;
import java.util.Set;

/** What the edge refuses itself: only what Liberty would otherwise answer with its own page. */
final class EdgeRules {
    /** Names and values of all headers together; Liberty's own limit is per field (httpOptions limitFieldSize). */
    static final int MAX_HEADER_BYTES = 32 * 1024;

    private EdgeRules() {
    }

    /** A request that reached an application's virtual host ("public"): Liberty cannot decode every path. */
    static Optional<EdgeRefusal> forApplication(String rawPath, long headerBytes) {
        if (headerBytes > MAX_HEADER_BYTES) {
            return Optional.of(EdgeRefusal.headersTooLarge());
        }
        if (rawPath == null || !RawUri.pathIsPlain(rawPath)) {
            return Optional.of(EdgeRefusal.malformedPath());
        }
        return Optional.empty();
    }

    /**
     * A request that reached default_host: its {@code Host} names a port no other virtual host claims. Through a port
     * that another virtual host serves (the public one) it is misdirected: default_host (Liberty's /health, /metrics,
     * /openapi) answers only on the ports no one else claims, i.e. the management port.
     */
    static Optional<EdgeRefusal> forDefaultHost(int localPort, Set<Integer> claimedPorts) {
        return claimedPorts.contains(localPort) ? Optional.of(EdgeRefusal.misdirected()) : Optional.empty();
    }

    /** The port of a host alias ({@code *:8080}, {@code example.org:443}), or -1 for {@code *} or a bad alias. */
    static int aliasPort(String alias) {
        int colon = alias.lastIndexOf(':');
        if (colon < 0) {
            return -1;
        }
        try {
            return Integer.parseInt(alias.substring(colon + 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
