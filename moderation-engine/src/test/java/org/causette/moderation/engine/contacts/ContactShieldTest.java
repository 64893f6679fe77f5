package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.normalize.TextNormalizer;
import org.causette.moderation.engine.rules.Finding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ContactShieldTest {

    private final ContactShield cut = new ContactShield();
    private final TextNormalizer normalizer = new TextNormalizer();

    private List<String> ruleIds(String text) {
        return cut.scan(normalizer.normalize(text)).stream().map(f -> f.rule().id()).distinct().toList();
    }

    @ParameterizedTest
    @ValueSource(strings = {"06 12 34 56 78", "appelle au 07.12.34.56.78 stp", "+33 6 12 34 56 78", "0033612345678",
            "0475/12.34.56", "+32 475 12 34 56", "0612345678", "o6l2345678",
            "zéro six douze trente-quatre cinquante-six soixante-dix-huit",
            "zero six, 12, 34, cinquante six, quatre-vingt-dix-neuf",
            "zéro quatre septante-cinq douze trente-quatre nonante"})
    void findsPhoneNumbers(String text) {
        assertTrue(ruleIds(text).contains("contact.phone"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"j'ai 15 ans et 3 frères", "rdv le 12/05/2024 à 14h30", "ça coûte 1 000 000 €", "vingt et un"})
    void ignoresOrdinaryNumbers(String text) {
        assertEquals(List.of(), ruleIds(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"julie.dupont@gmail.com", "julie arobase gmail point com", "julie (at) hotmail (dot) fr",
            "julie @ yahoo . fr", "écris à julie93 arobase gmail"})
    void findsEmailAddresses(String text) {
        assertTrue(ruleIds(text).contains("contact.email"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://example.org/x", "va sur www.monsite.fr", "discord.gg/abcd", "t.me/julie", "monsite point com"})
    void findsLinks(String text) {
        assertTrue(ruleIds(text).contains("contact.url"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mon snap c'est julie.93", "insta: @julie_93", "snap @julie93", "my insta is julie_93"})
    void findsHandlesGivenWithTheirPlatform(String text) {
        assertTrue(ruleIds(text).contains("contact.handle"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mon snap est cassé", "@julie tu viens ?", "salut.ça va", "j'habite à Lyon"})
    void leavesOrdinaryTextAlone(String text) {
        assertEquals(List.of(), ruleIds(text), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"j'habite au 12 rue de la Paix", "12 bis, avenue Louise"})
    void findsPostalAddresses(String text) {
        assertTrue(ruleIds(text).contains("contact.address"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"appelle moi au 06 12 34 56 78 ce soir"})
    void reportsTheOriginalSpan(String text) {
        Finding f = cut.scan(normalizer.normalize(text)).get(0);
        assertEquals("06 12 34 56 78", text.substring(f.start(), f.end()));
    }

    @ParameterizedTest
    @ValueSource(strings = {"appelle moi O6 l2 34 S6 78", "O6.l2.34.S6.78", "06-l2-34-56-78", "zero6 12 34 56 78",
            "mon num: zero6-l2-34-56-78", "06 (lol) 12 34 56 78", "06 12 🌸 34 56 78", "06 🌸 12 🌸 34 🌸 56 🌸 78",
            "06 mdr 12 34 et 56 78", "0 6 1 2 3 4 5 6 7 8", "06 point 12 point 34 point 56 point 78",
            "zéro six 12 trente-quatre 56 78", "06 douze 34 cinquante-six 78",
            "zéro quatre cent septante-cinq douze trente-quatre cinquante-six",
            "04 seventy five 12 34 56", "oh six twelve thirty four fifty six seventy eight",
            "oh seven seven double oh nine double one two three four",
            "+33 6 12 34 56 78", "0033 6 12 34 56 78", "+32 475 12 34 56", "0032 475 12 34 56", "+33 (0)6 12 34 56 78",
            "33 6 12 34 56 78", "6 12 34 56 78", "tel0612345678", "un 06 12 34 56 78", "04 75 12 34 56",
            "06.12.34.56.78", "+44 7700 900123", "O 6 1 2 3 4 5 6 7 8", "call 3136139299", "0six12trente4cinquante6soixante-dix-huit",
            "0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣", "０６１２３４５６７８", "s1x"
                    + " z3ro 06 12 34 56 78"})
    void findsEvasivePhoneNumbers(String text) {
        assertTrue(ruleIds(text).contains("contact.phone"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Pi ça commence par 3,14159265", "pi vaut 3.14159265358979", "j'ai 1500 de elo",
            "j'ai 1500 de elo et 2300 de mmr", "score 12-34-56", "le match finit 3-2, score 12-34-56", "75011",
            "mon code postal c'est 75011", "salle B204", "la salle 204 et la 206", "à 18h30 le 12/03", "ça coûte 12,99 €",
            "ça coûte 12,99 € ou 15,50 €", "rdv le 01/02/2024 à 10:30", "rdv le 01/02/2024 10:30", "le 12/03/2025 18h30",
            "on se voit à 08:30 09:45 10:00 11:15", "1 000 000 € c'est beaucoup", "12 000 000 000 d'habitants",
            "les années 1995, 1996, 2003, 2010", "1405, 1680, 1843", "j'ai 15 ans, elle 16 et lui 17",
            "calcule 12 x 34 = 408", "12 + 34 + 56 + 78 + 90 = 270", "j'ai eu 12/20 au contrôle et 15/20 en maths",
            "le bus 12 puis le 34 puis le 56", "ip 192.168.0.1", "version 1.2.3.4", "ma note: 8,5/10", "il est 23h59",
            "un deux trois soleil", "one two three four five six seven eight nine ten", "vingt et un, vingt-deux, vingt-trois",
            "le 06/12 à 14h", "la commande 0123 est arrivée", "2 + 2 = 4 et 3 × 3 = 9", "double six and triple seven", "un double 6 au dé", "j'ai 16 ans et je suis en 1ère S",
            "niveau 99, 12000 points, 450 kills", "le 0,5 % de 1234567", "0, 1, 2, 3, 4, 5, 6, 7, 8, 9",
            "zéro, un, deux, trois, quatre, cinq, six, sept, huit, neuf", "01 02 03 04 05 06 07 08 09 10",
            "10 9 8 7 6 5 4 3 2 1 0", "il est né le 06/12/2008", "les scores: 0-1, 2-3, 4-5, 6-7", "ISBN 2-07-036822-X",
            "j'ai eu 0, 10, 12 et 15", "le 07/07/2007 à 07h07", "niveau 0 : 12 pts, niveau 1 : 34 pts",
            "la recette: 200 g de farine, 3 oeufs, 50 cl de lait", "j'ai 0612 points", "1&#8419;0&#8419;0&#8419;0&#8419;"})
    void allowsHarmlessNumbers(String text) {
        assertFalse(ruleIds(text).contains("contact.phone"), text + " " + ruleIds(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"emma2011 a gmail com", "emma point dupont chez gmail", "emma(at)gmail(dot)com",
            "emma . dupont @ gmail . com", "emma [at] gmail [dot] com", "lea_08 at hotmail dot com",
            "emma arobase gmail point fr", "e m m a @ g m a i l . c o m", "max.2010 chez yahoo point fr",
            "emma2011 gmail com", "emma2011 @gmail.com", "emma2011 gmail"})
    void findsDisguisedEmailAddresses(String text) {
        assertTrue(ruleIds(text).contains("contact.email"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Come by our room at some point so we can iron out the plan", "je bosse chez orange",
            "je suis chez free", "j'ai un compte a gmail", "I'll be at home at some point so call me",
            "meet me at the station", "on se voit à la gare point barre", "il est chez lui à 18h",
            "j'utilise gmail", "je préfère gmail à outlook", "envoie sur mon gmail", "j'ai 2 comptes gmail",
            "the @Yankees. And then", "thanks @zach. see you"})
    void leavesEverydayAtAndPointAlone(String text) {
        assertFalse(ruleIds(text).contains("contact.email"), text + " " + ruleIds(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"www . snapchat . com / add / max2010", "snapchat point com slash max2010", "bit ly/x7Kp2",
            "discord gg/abcd123", "t.me/max2010", "t me/max2010", "linktr.ee/lea08", "wa.me/33612345678",
            "https : // snapchat.com/add/max", "instagram point com slash lea_08", "tinyurl com/abc123",
            "www point monsite point fr"})
    void findsDisguisedLinks(String text) {
        assertTrue(ruleIds(text).contains("contact.url"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"à quel point me dire ça", "gg wp discord gg", "on joue sur discord", "bit by bit",
            "t'as vu ça ? me too", "il a fait le point. com'on"})
    void leavesLinkLookalikesAlone(String text) {
        assertFalse(ruleIds(text).contains("contact.url"), text + " " + ruleIds(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"s n a p : m a x 2 0 1 0", "mon snap c'est m.a.x.2.0.1.0", "@max2010 sur insta",
            "max_2010 sur snap", "mon insta c'est max_2010", "tiktok: max.2010", "sn@p: max2010", "mon 1nsta c'est lea.08",
            "wh4tsapp: lea_08", "tele gram: max2010", "s-n-a-p: max2010", "s.n.a.p max2010", "snap max2010",
            "mon snap c'est \"julie93\"", "my snap is julie93", "insta = lea08", "👻: max2010",
            "ajoute moi 👻 lea08", "mon 👻 c'est julie", "insta → max_2010"})
    void findsDisguisedHandles(String text) {
        assertTrue(ruleIds(text).contains("contact.handle"), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"mon snap est cassé", "mon insta c'est pas ouf", "my insta is private", "j'ai perdu mon snap",
            "t'as vu le dernier tiktok", "j'ai vu un fantôme 👻 trop bien", "snap 2 min", "insta 2024 c'était mieux", "@julie tu viens ?",
            "je t'envoie un snap dans 10min"})
    void leavesTalkAboutAppsAlone(String text) {
        assertFalse(ruleIds(text).contains("contact.handle"), text + " " + ruleIds(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "appelle moi O6 l2 34 S6 78 ce soir | O6 l2 34 S6 78",
            "06 (lol) 12 34 56 78 voilà | 06 (lol) 12 34 56 78",
            "vas-y 06 12 🌸 34 56 78 merci | 06 12 🌸 34 56 78",
            "call +33 6 12 34 56 78 now | +33 6 12 34 56 78",
            "un 06 12 34 56 78 | 06 12 34 56 78",
            "mon num zero6 12 34 56 78 bisous | zero6 12 34 56 78",
            "écris à emma2011 a gmail com stp | emma2011 a gmail com",
            "emma point dupont chez gmail pour les photos | emma point dupont chez gmail",
            "va sur www . snapchat . com / add / max2010 stp | www . snapchat . com / add / max2010",
            "clique bit ly/x7Kp2 stp | bit ly/x7Kp2",
            "@max2010 sur insta bisous | @max2010 sur insta",
            "coucou s n a p : m a x 2 0 1 0 bisous | s n a p : m a x 2 0 1 0"})
    void coversExactlyTheContactInTheOriginalText(String text, String contact) {
        List<Finding> findings = cut.scan(normalizer.normalize(text));
        int start = findings.stream().mapToInt(Finding::start).min().orElseThrow();
        int end = findings.stream().mapToInt(Finding::end).max().orElseThrow();
        assertEquals(contact, text.substring(start, end));
    }

    @Test
    void coversKeycapDigitsWhole() {
        String text = "0️⃣6️⃣1️⃣2️⃣3️⃣4️⃣5️⃣6️⃣7️⃣8️⃣";
        Finding f = cut.scan(normalizer.normalize(text)).get(0);
        assertEquals(0, f.start());
        assertEquals(text.length(), f.end());
    }

    @Test
    void findsContactsAllAlongALongMessage() {
        // its scan time is measured by the lab's evaluation (docs/moderation-quality.md, "Long messages")
        String filler = "06 12 34 s n a p 12,99 € emma at gmail point www . x . com 3,14159265 @max ";
        String text = filler.repeat(5_000 / filler.length() + 1).substring(0, 5_000);
        var findings = cut.scan(normalizer.normalize(text));
        assertTrue(findings.stream().anyMatch(f -> f.start() < 100), findings.toString());
        assertTrue(findings.stream().anyMatch(f -> f.end() > 4_800), findings.toString());
    }
}
