package org.causette.moderation.staff.control;

import org.causette.kit.problems.ProblemException;
import org.causette.moderation.staff.entity.NewStaffAccount;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StaffAccountsTest {

    @Test
    void aValidAccountIsNormalised() {
        var cut = StaffAccounts.validate(new NewStaffAccount(" Flagger.One ", "a long password!", List.of(
                "trusted-flagger", "trusted-flagger")));
        assertEquals("flagger.one", cut.username());
        assertEquals(List.of("trusted-flagger"), cut.roles());
    }

    @Test
    void badFieldsAreNamed() {
        assertEquals("username", field(new NewStaffAccount("x", "a long password!", List.of("moderator"))));
        assertEquals("password", field(new NewStaffAccount("mod2", "short", List.of("moderator"))));
        assertEquals("roles", field(new NewStaffAccount("mod2", "a long password!", List.of())));
        assertEquals("roles", field(new NewStaffAccount("mod2", "a long password!", List.of("root"))));
    }

    private static String field(NewStaffAccount account) {
        var e = assertThrows(ProblemException.class, () -> StaffAccounts.validate(account));
        return e.getMessage().substring(0, e.getMessage().indexOf(':'));
    }
}
