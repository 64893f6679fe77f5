package org.causette.gateway.tickets.control;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TicketSealTest {

    @Test
    void onlyTheTicketOpensWhatItSealed() {
        var ticket = TicketSeal.newTicket();
        var sealed = TicketSeal.seal(ticket, "header.claims.signature");
        assertFalse(new String(sealed, StandardCharsets.ISO_8859_1).contains("claims"), "the token is not readable");
        assertEquals(Optional.of("header.claims.signature"), TicketSeal.open(ticket, sealed));
        assertEquals(Optional.empty(), TicketSeal.open(TicketSeal.newTicket(), sealed));
    }

    @Test
    void theStoredIdIsAHashNotTheTicket() {
        var ticket = TicketSeal.newTicket();
        var id = TicketSeal.idOf(ticket);
        assertEquals(64, id.length());
        assertFalse(id.contains(ticket));
        assertEquals(id, TicketSeal.idOf(ticket));
        assertNotEquals(id, TicketSeal.idOf(TicketSeal.newTicket()));
    }

    @Test
    void onlyTicketsOfTheIssuedShapeAreLookedUp() {
        assertTrue(TicketSeal.wellFormed(TicketSeal.newTicket()));
        assertFalse(TicketSeal.wellFormed(null));
        assertFalse(TicketSeal.wellFormed(""));
        assertFalse(TicketSeal.wellFormed("x".repeat(10_000)));
        assertFalse(TicketSeal.wellFormed("../../" + "a".repeat(37)));
    }
}
