package org.causette.gateway.tickets.control;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What the store keeps of a ticket: its id is a hash of the ticket, and the token it stands for is sealed with a key
 * derived from the ticket, so the database alone gives neither the ticket nor the token.
 */
public final class TicketSeal {
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private TicketSeal() {
    }

    /** 256 random bits, base64url without padding (43 characters). */
    public static String newTicket() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static boolean wellFormed(String ticket) {
        return ticket != null && SHAPE.matcher(ticket).matches();
    }

    public static String idOf(String ticket) {
        return HexFormat.of().formatHex(digest("causette-stream-ticket-id:" + ticket));
    }

    public static byte[] seal(String ticket, String token) {
        try {
            var iv = new byte[IV_BYTES];
            RANDOM.nextBytes(iv);
            var cipher = cipher(Cipher.ENCRYPT_MODE, ticket, iv);
            var sealed = cipher.doFinal(token.getBytes(StandardCharsets.UTF_8));
            var out = Arrays.copyOf(iv, IV_BYTES + sealed.length);
            System.arraycopy(sealed, 0, out, IV_BYTES, sealed.length);
            return out;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Empty when the sealed bytes were not sealed with this ticket. */
    public static Optional<String> open(String ticket, byte[] sealed) {
        if (sealed == null || sealed.length <= IV_BYTES) {
            return Optional.empty();
        }
        try {
            var cipher = cipher(Cipher.DECRYPT_MODE, ticket, Arrays.copyOf(sealed, IV_BYTES));
            var token = cipher.doFinal(sealed, IV_BYTES, sealed.length - IV_BYTES);
            return Optional.of(new String(token, StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            return Optional.empty();
        }
    }

    private static Cipher cipher(int mode, String ticket, byte[] iv) throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(digest("causette-stream-ticket-key:" + ticket), "AES"),
                new GCMParameterSpec(TAG_BITS, iv));
        return cipher;
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
