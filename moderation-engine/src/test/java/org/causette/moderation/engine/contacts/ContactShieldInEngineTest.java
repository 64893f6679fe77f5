package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.Action;
import org.causette.moderation.engine.Context;
import org.causette.moderation.engine.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.causette.moderation.engine.SharedEngine.verdict;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shield as members meet it: evasions blocked where a teen is present, masked in adult rooms without leaking. */
class ContactShieldInEngineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "appelle moi O6 l2 34 S6 78 ce soir | appelle moi ••• ce soir",
            "mon num zero6 12 34 56 78 bisous | mon num ••• bisous",
            "c'est le 06-l2-34-56-78 ok | c'est le ••• ok",
            "06 (lol) 12 34 56 78 voilà | ••• voilà",
            "vas-y 06 12 🌸 34 56 78 merci | vas-y ••• merci",
            "zéro six 12 trente-quatre 56 78 appelle | ••• appelle",
            "text me 04 seventy five 12 34 56 tonight | text me ••• tonight",
            "call +33 6 12 34 56 78 now | call ••• now",
            "tel 0033 6 12 34 56 78 stp | tel ••• stp",
            "c'est le +32 475 12 34 56 ! | c'est le ••• !",
            "coucou s n a p : m a x 2 0 1 0 bisous | coucou ••• bisous",
            "écris à emma2011 a gmail com stp | écris à ••• stp",
            "emma point dupont chez gmail pour les photos | ••• pour les photos",
            "emma(at)gmail(dot)com pour les photos | ••• pour les photos",
            "va sur www . snapchat . com / add / max2010 stp | va sur ••• stp",
            "snapchat point com slash max2010 stp | ••• stp",
            "clique bit ly/x7Kp2 stp | clique ••• stp",
            "rejoins discord gg/abcd123 ce soir | rejoins ••• ce soir",
            "t.me/max2010 pour parler | ••• pour parler",
            "@max2010 sur insta bisous | ••• bisous",
            "tiktok: max.2010 bisous | ••• bisous",
            "salut sn@p: max2010 bisous | salut ••• bisous"})
    void masksExactlyTheContactInAdultRooms(String text, String masked) {
        Verdict adult = verdict(text, Context.ADULT_ROOM);
        assertEquals(Action.MASK, adult.action(), text);
        assertEquals(masked, adult.maskedText());
        assertEquals(Action.BLOCK, verdict(text, Context.TEEN_ROOM).action(), text);
        assertEquals(Action.BLOCK, verdict(text, Context.TEEN_DIRECT).action(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"appelle moi O6 l2 34 S6 78", "06 12 🌸 34 56 78", "0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣",
            "mon num: zero6-l2-34-56-78", "un 06 12 34 56 78 et j'ai 15 ans", "+33 (0)6 12 34 56 78"})
    void aMaskedNumberLeaksNoDigitOfIt(String text) {
        String masked = verdict(text, Context.ADULT_ROOM).maskedText();
        for (String piece : new String[] {"12", "34", "56", "78", "l2", "S6", "2️⃣", "8️⃣"}) {
            assertFalse(masked.contains(piece), masked);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pi ça commence par 3,14159265", "j'ai 1500 de elo", "score 12-34-56", "75011",
            "à 18h30 le 12/03", "ça coûte 12,99 €", "rdv le 01/02/2024 10:30", "les années 1995, 1996, 2003, 2010",
            "mon snap est cassé", "mon insta c'est pas ouf", "my insta is boring", "à quel point me dire ça",
            "je bosse chez orange", "il a 3 chats et 2 chiens", "12 + 34 + 56 + 78 + 90 = 270"})
    void allowsHarmlessMessagesEverywhere(String text) {
        Verdict teen = verdict(text, Context.TEEN_ROOM);
        assertFalse(teen.categories().contains("personal-data"), text + " " + teen.ruleIds());
        assertEquals(text, verdict(text, Context.ADULT_ROOM).maskedText());
    }

    @Test
    void masksEveryContactOfAFiveThousandCharacterMessage() {
        // its verdict time is measured by the lab's evaluation (docs/moderation-quality.md, "Long messages")
        String piece = "06 12 🌸 34 s n a p emma a gmail com 3,14159265 www . x . com @max2010 ";
        String text = piece.repeat(5_000 / piece.length() + 1).substring(0, 5_000);
        Verdict v = verdict(text, Context.ADULT_ROOM);
        assertFalse(v.maskedText().contains("gmail"), v.maskedText().substring(0, 200));
    }
}
