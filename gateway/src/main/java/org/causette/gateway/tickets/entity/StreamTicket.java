package org.causette.gateway.tickets.entity;

import java.time.Instant;

/** A one-time pass to open a stream without a token in the URL. */
public record StreamTicket(String ticket, Instant expiresAt) {
}
