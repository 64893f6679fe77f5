package org.causette.moderation.staff.control;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {

    private final PasswordHasher cut = new PasswordHasher();

    @Test
    void verifiesTheRightPasswordOnly() {
        var hash = cut.hash("correct horse battery staple");
        assertTrue(hash.startsWith("pbkdf2-sha256$210000$"), hash);
        assertTrue(cut.verify("correct horse battery staple", hash));
        assertFalse(cut.verify("correct horse battery stapl", hash));
        assertFalse(cut.verify("", hash));
        assertFalse(cut.needsRehash(hash));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(cut.hash("same"), cut.hash("same"));
    }

    @Test
    void malformedHashesNeverVerify() {
        assertFalse(cut.verify("x", null));
        assertFalse(cut.verify("x", "plain-text"));
        assertFalse(cut.verify("x", "pbkdf2-sha256$abc$c2FsdA$aGFzaA"));
        assertFalse(cut.verify("x", "bcrypt$1$c2FsdA$aGFzaA"));
        assertTrue(cut.needsRehash("pbkdf2-sha256$1000$c2FsdA$aGFzaA"));
    }
}
