package org.causette.kit.identification;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

/**
 * AES-256-GCM sealing of client addresses (LCEN identification data): base64 of a 12-byte nonce followed by the
 * ciphertext and its tag; the session id is the associated data, so a sealed address cannot be moved to another
 * session's record unnoticed. The gateway seals, moderation-service opens (only for an evidence export).
 */
public final class AddressCipher {
    public static final int KEY_BYTES = 32;
    private static final int NONCE = 12;
    private static final int TAG_BITS = 128;
    private static final SecureRandom RANDOM = new SecureRandom();

    private AddressCipher() {
    }

    public static String seal(byte[] key, String sessionId, String address) {
        try {
            var nonce = new byte[NONCE];
            RANDOM.nextBytes(nonce);
            var cipher = cipher(Cipher.ENCRYPT_MODE, key, nonce, sessionId);
            var sealed = cipher.doFinal(address.getBytes(StandardCharsets.UTF_8));
            var out = Arrays.copyOf(nonce, NONCE + sealed.length);
            System.arraycopy(sealed, 0, out, NONCE, sealed.length);
            return Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot seal an address", e);
        }
    }

    /** @throws IllegalArgumentException when the text was not sealed with this key for this session */
    public static String open(byte[] key, String sessionId, String sealed) {
        try {
            var bytes = Base64.getDecoder().decode(sealed);
            if (bytes.length <= NONCE) {
                throw new IllegalArgumentException("too short");
            }
            var cipher = cipher(Cipher.DECRYPT_MODE, key, Arrays.copyOf(bytes, NONCE), sessionId);
            return new String(cipher.doFinal(bytes, NONCE, bytes.length - NONCE), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not sealed with this key for this session", e);
        }
    }

    private static Cipher cipher(int mode, byte[] key, byte[] nonce, String sessionId) throws GeneralSecurityException {
        if (key.length != KEY_BYTES) {
            throw new GeneralSecurityException("the identification key must be " + KEY_BYTES + " bytes");
        }
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
        cipher.updateAAD(("causette-identification:" + sessionId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
