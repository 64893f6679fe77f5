package org.causette.moderation.engine.contacts;

import org.causette.moderation.engine.normalize.TextNormalizer;
import org.causette.moderation.engine.rules.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
}
