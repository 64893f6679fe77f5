package org.causette.gateway.sessions.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The client address behind {@code hops} trusted proxies: each proxy appends the address it was reached from to
 * {@code X-Forwarded-For}, so only the entry the outermost trusted proxy added, {@code hops} from the right end, is
 * known to be true; whatever the client wrote further left is ignored. Addresses are read in one canonical form
 * ({@code ::ffff:a.b.c.d} and {@code a.b.c.d:port} are {@code a.b.c.d}), so a ban or limit cannot be dodged by
 * spelling the same address differently.
 */
public final class ForwardedAddress {
    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(?:\\.\\d{1,3}){3}):\\d{1,5}");
    private static final Pattern BRACKETED_V6 = Pattern.compile("\\[([0-9A-Fa-f:.]+)(?:%[^\\]]*)?](?::\\d{1,5})?");
    private static final Pattern IPV6 = Pattern.compile("([0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*)(?:%.*)?");
    private static final int MAX_ENTRY = 64;

    private ForwardedAddress() {
    }

    /**
     * @param forwardedFor the {@code X-Forwarded-For} header (all its values joined by commas), or null
     * @param socketAddress the address of the TCP peer
     * @param hops how many trusted proxies stand in front of the gateway; 0 means none (the socket address is used)
     */
    public static String clientAddress(String forwardedFor, String socketAddress, int hops) {
        var socket = canonical(socketAddress).orElse(socketAddress == null ? "unknown" : socketAddress);
        if (hops <= 0 || forwardedFor == null || forwardedFor.isBlank()) {
            return socket;
        }
        var entries = forwardedFor.split(",", -1);
        var entry = entries[Math.max(0, entries.length - hops)];
        return canonical(entry).orElse(socket);
    }

    /** The canonical text of an IPv4 or IPv6 address, with any port, brackets or zone removed; empty if not one. */
    public static Optional<String> canonical(String raw) {
        if (raw == null) {
            return Optional.empty();
        }
        var text = raw.strip();
        if (text.isEmpty() || text.length() > MAX_ENTRY) {
            return Optional.empty();
        }
        var v4 = IPV4.matcher(text);
        if (v4.matches()) {
            return ipv4(v4) ? Optional.of(strip(text)) : Optional.empty();
        }
        var v4port = IPV4_WITH_PORT.matcher(text);
        if (v4port.matches()) {
            return canonical(v4port.group(1));
        }
        var bracketed = BRACKETED_V6.matcher(text);
        if (bracketed.matches()) {
            return ipv6(bracketed.group(1));
        }
        var v6 = IPV6.matcher(text);
        return v6.matches() ? ipv6(v6.group(1)) : Optional.empty();
    }

    private static boolean ipv4(java.util.regex.Matcher m) {
        for (int i = 1; i <= 4; i++) {
            if (Integer.parseInt(m.group(i)) > 255) {
                return false;
            }
        }
        return true;
    }

    private static String strip(String v4) {
        var parts = v4.split("\\.");
        return Integer.parseInt(parts[0]) + "." + Integer.parseInt(parts[1]) + "." + Integer.parseInt(parts[2]) + "."
                + Integer.parseInt(parts[3]);
    }

    /** Only ever called with hex digits, colons and dots, so {@code getByName} parses a literal and never asks DNS. */
    private static Optional<String> ipv6(String literal) {
        if (literal.chars().filter(c -> c == ':').count() < 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(InetAddress.getByName(literal).getHostAddress());
        } catch (UnknownHostException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
