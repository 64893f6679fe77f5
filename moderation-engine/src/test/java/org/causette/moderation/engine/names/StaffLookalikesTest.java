package org.causette.moderation.engine.names;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StaffLookalikesTest {
    private final StaffLookalikes cut = new StaffLookalikes();

    @ParameterizedTest
    @ValueSource(strings = {"moderator", "Moderateur", "Modérateur", "MODÉRATRICE", "modo", "Modo", "ModoFR", "admin",
            "Admin", "administrateur", "Administrator", "staff", "Staaaff", "support", "Support", "Système", "systeme",
            "causette", "Causette_Officiel", "police", "Police", "gendarmerie", "Gendarmerie", "officiel", "bot", "Bot",
            "\u041Coderator", "m0derator", "M0D3R4T0R", "adm1n", "4dmin", "5upport", "p0lice", "_admin_", "Admin.01",
            "admin2024", "xXsupportXx", "xxAdminxx", "SupportTeam", "supportteam", "Team_Support", "TheAdmin",
            "Le_Modo", "LeModo", "Moooderator", "S.u.p.p.o.r.t", "a-d-m-i-n", "Official", "Webmaster", "Sysadmin",
            "root", "Policiere", "Gendarme", "b0t", "admins", "mods"})
    void staffAndPlatformLookalikesAreRefused(String nickname) {
        assertTrue(cut.refuses(nickname), nickname);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Robot", "Bottine", "Abbott", "Supportive", "Supporter", "SupporterPSG", "Badminton",
            "Admiral", "Mood", "Boots", "Boot", "Modou", "Modeste", "Moderne", "Apolline", "Staffy", "Lou", "Camille",
            "Xavier", "Max", "Botanique", "Polo", "Gendry", "Sophie", "Rootsy", "Systole", "Lebot_"})
    void ordinaryNicknamesPass(String nickname) {
        assertFalse(cut.refuses(nickname), nickname);
    }
}
