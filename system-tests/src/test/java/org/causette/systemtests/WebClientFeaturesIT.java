package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The web client's issue-14 features in a real headless Chromium, at phone (390 px) and desktop (1280 px) widths:
 * languages and errors by code, the offline state and resend, conversation requests, blocking, report outcomes,
 * statements and appeals, grouped rooms and regions, keyboard access and target sizes.
 */
class WebClientFeaturesIT {

    @Test
    void theInterfaceSpeaksTheBrowsersLanguageAndErrorsComeFromTheCode() {
        var taken = Chatter.adult("Wlt");
        try (var b = ChatBrowser.open(ChatBrowser.PHONE, "nl-BE")) {
            b.driver.get(Platform.URL + "/");
            b.until(d -> "Causette binnengaan".equals(b.testId("start-button").getText()));
            assertEquals("nl", b.script("return document.documentElement.lang"));

            b.testId("nickname-input").sendKeys(taken.nickname);
            b.testId("age-input").sendKeys("30");
            b.testId("start-button").click();
            var error = b.visible(By.cssSelector("[data-testid=entry-error][data-code=nickname-taken]"));
            assertEquals("Deze schuilnaam is nu in gebruik. Kies een andere.", error.getText());

            new Select(b.driver.findElement(By.cssSelector("#entry-screen [data-testid=lang-switch]"))).selectByValue("en");
            b.until(d -> "This nickname is in use right now. Pick another one.".equals(b.testId("entry-error").getText()));
            assertEquals("en", b.script("return document.documentElement.lang"));
            assertEquals("Prefer not to say", new Select(b.testId("region-select")).getFirstSelectedOption().getText());

            b.driver.navigate().refresh();
            b.until(d -> "Enter Causette".equals(b.testId("start-button").getText()));

            new Select(b.driver.findElement(By.cssSelector("#entry-screen [data-testid=lang-switch]"))).selectByValue("fr");
            b.enter("Wlg", 30, null);
            b.until(d -> "En ligne".equals(b.testId("connection-status").getText()));
            assertEquals("Quitter", b.testId("quit-button").getText());

            new Select(b.driver.findElement(By.cssSelector(".topbar [data-testid=lang-switch]"))).selectByValue("nl");
            b.until(d -> "Afsluiten".equals(b.testId("quit-button").getText()));
            assertEquals("Online", b.testId("connection-status").getText());
            assertEquals("Ruimte volwassenen", b.testId("user-bracket").getText());
        }
    }

    @Test
    void messagesTypedOfflineAreKeptAcrossAReloadAndSentOnceTheConnectionIsBack() {
        try (var b = ChatBrowser.open(ChatBrowser.DESKTOP, "fr-FR")) {
            b.enter("Wof", 31, null);
            b.join("discussion");
            var other = Chatter.adult("Wob");
            other.mustJoin("discussion");
            try (var stream = other.stream()) {
                b.offline(true);
                b.visible(By.cssSelector("[data-testid=offline-banner]"));
                b.until(d -> List.of("offline", "waiting").contains(b.testId("connection-status").getAttribute("data-state")));

                var text = "écrit hors ligne " + Platform.marker();
                b.say(text);
                b.awaitStatus(text, "queued");
                assertTrue(b.message(text).findElement(By.cssSelector("[data-testid=message-retry]")).isDisplayed());

                // the network is back but the API is not reachable: the page reloads, the message is still waiting
                b.blockApi(true);
                b.offline(false);
                b.driver.navigate().refresh();
                b.awaitStatus(text, "queued");
                b.visible(By.cssSelector("[data-testid=offline-banner]"));
                assertTrue(stream.frames(Stream.message(text)).isEmpty(), "nothing left the browser yet");

                b.blockApi(false);
                // the retry button, unless the backoff has reconnected already (then the banner is gone)
                b.script("const r = document.querySelector('[data-testid=offline-retry]'); if (r.offsetParent) r.click();");
                b.awaitStatus(text, "delivered");
                stream.await(Stream.message(text));
                b.until(d -> b.driver.findElements(By.cssSelector("[data-testid=offline-banner]")).stream()
                        .noneMatch(WebElement::isDisplayed));
                assertEquals(1, stream.frames(Stream.message(text)).size(), "delivered once");
            }
        }
    }

    @ParameterizedTest(name = "{0} px")
    @ValueSource(ints = {ChatBrowser.PHONE, ChatBrowser.DESKTOP})
    void aConversationRequestIsSeenAtOnceAndBlockingDisablesTheMessageBoxUntilUnblocked(int width) {
        try (var b = ChatBrowser.open(width, "fr-FR")) {
            b.enter("Wrq", 32, null);
            b.join("discussion");
            var other = Chatter.adult("Wrp");
            other.mustJoin("discussion");
            var opened = other.call("POST", "/conversations",
                    Json.createObjectBuilder().add("peer", b.sessionId()).build().toString());
            assertEquals(201, opened.status(), opened::toString);
            var conversationId = opened.object().getString("id");

            b.until(d -> b.testId("requests-button").isDisplayed() && b.testId("requests-button").getText().contains("1"));
            b.click(By.cssSelector("[data-testid=requests-button]"));
            var request = "[data-testid=request-list] [data-testid=conversation-item][data-conversation-id=\""
                    + conversationId + "\"]";
            b.visible(By.cssSelector(request));
            assertTrue(b.testId("conversation-requests").getRect().getY() < b.testId("room-list").getRect().getY(),
                    "requests come before the rooms");
            b.click(By.cssSelector(request + " [data-testid=conversation-accept]"));
            b.until(d -> !d.findElements(By.cssSelector("[data-testid=conversation-list] [data-conversation-id=\""
                    + conversationId + "\"][data-status=accepted]")).isEmpty());
            b.until(d -> !b.testId("requests-button").isDisplayed());
            b.until(d -> d.findElement(By.cssSelector("[data-testid=message-input]")).isEnabled());

            b.click(By.cssSelector("[data-testid=conversation-block]"));
            b.click(By.cssSelector("[data-testid=confirm-ok]"));
            b.until(d -> !d.findElement(By.cssSelector("[data-testid=message-input]")).isEnabled());
            assertTrue(b.testId("composer-hint").getText().contains(other.nickname));

            var listed = "[data-testid=blocked-people] [data-testid=blocked-item][data-session-id=\"" + other.id + "\"]";
            assertEquals(other.nickname, b.driver.findElement(By.cssSelector(listed + " .room-name")).getAttribute("textContent"));
            // unblocked from the side panel's list on a desktop, from the conversation on a phone
            b.click(By.cssSelector(width == ChatBrowser.DESKTOP ? listed + " [data-testid=blocked-unblock]"
                    : "[data-testid=conversation-unblock]"));
            b.until(d -> d.findElement(By.cssSelector("[data-testid=message-input]")).isEnabled());
            b.until(d -> d.findElements(By.cssSelector(listed)).isEmpty());
            var text = "de nouveau joignable " + Platform.marker();
            var sent = other.call("POST", "/conversations/" + conversationId + "/messages", Json.createObjectBuilder()
                    .add("clientMessageId", UUID.randomUUID().toString()).add("text", text).build().toString());
            assertEquals(202, sent.status(), sent::toString);
            b.message(text);
        }
    }

    @Test
    void aReporterSeesTheOutcomeAndTheWarnedChatterReadsTheStatementAndAppeals() {
        try (var b = ChatBrowser.open(ChatBrowser.DESKTOP, "fr-FR")) {
            b.enter("Wrr", 33, null);
            b.join("discussion");
            var other = Chatter.adult("Wra");
            other.mustJoin("discussion");
            var moderator = Staff.moderator();

            // the browser reports the other's message and is told the outcome
            var theirs = "propos à signaler " + Platform.marker();
            var posted = other.say("discussion", theirs);
            assertEquals(202, posted.status(), posted::toString);
            b.message(theirs);
            b.click(By.cssSelector("[data-testid=message-item][data-message-id=\"" + posted.object().getString("id")
                    + "\"] [data-testid=message-report]"));
            new Select(b.visible(By.cssSelector("[data-testid=report-category]"))).selectByValue("harassment");
            b.testId("report-submit").click();
            b.until(d -> !b.testId("report-dialog").isDisplayed());
            var theirCase = Casefiles.caseOf(moderator, posted.object().getString("id")).getString("id");
            Casefiles.decide(moderator, theirCase, "{\"action\":\"warn\",\"reason\":\"Propos blessants\",\"ground\":\"terms:4.1\"}");
            var outcome = b.visible(By.cssSelector("[data-testid=report-outcome][data-outcome=action-taken]"));
            assertTrue(outcome.getText().contains("la modération a pris des mesures"), outcome.getText());

            // the browser is warned in turn: the statement is readable, on this origin, and can be appealed
            var mine = "mon message contesté " + Platform.marker();
            b.say(mine);
            b.awaitStatus(mine, "delivered");
            var myMessage = b.until(d -> b.message(mine).getAttribute("data-message-id"));
            Casefiles.report(other.token, myMessage, "harassment");
            var myCase = Casefiles.caseOf(moderator, myMessage).getString("id");
            var decision = Casefiles.decide(moderator, myCase,
                    "{\"action\":\"warn\",\"reason\":\"Propos blessants\",\"ground\":\"terms:4.1\"}");
            var statementId = Casefiles.statementId(decision.getString("statement"));
            var why = By.cssSelector("[data-testid=sanction-banner] [data-testid=sanction-statement]");
            var href = b.visible(why).getAttribute("href");
            assertEquals(Platform.URL + "/statement.html?id=" + statementId, href);
            b.click(why);
            var shown = b.visible(By.cssSelector("[data-testid=statement-dialog] [data-testid=statement-decision]"));
            assertEquals("warn", shown.getAttribute("data-decision"));
            assertEquals("Avertissement", shown.getText());
            b.visible(By.cssSelector("[data-testid=appeal-reason]")).sendKeys("Je citais une réplique de film, sans viser personne.");
            b.testId("appeal-submit").click();
            b.visible(By.cssSelector("[data-testid=appeal-status][data-status=pending]"));
            var appeals = Platform.call("GET", "/moderation/appeals", moderator, null).json().asJsonArray()
                    .getValuesAs(JsonObject.class);
            assertTrue(appeals.stream().anyMatch(a -> statementId.equals(a.getString("statementId", ""))), appeals::toString);

            // the page of its own shows the same statement in the chosen language
            b.driver.get(href);
            new Select(b.visible(By.cssSelector("[data-testid=lang-switch]"))).selectByValue("en");
            b.until(d -> "Warning".equals(d.findElement(By.cssSelector("[data-testid=statement-decision]")).getText()));
            assertEquals(1, b.driver.findElements(By.tagName("h1")).size());
            b.visible(By.cssSelector("[data-testid=appeal-status]"));
        }
    }

    @Test
    void roomsAreGroupedWithTheChattersRegionFirstAndEveryDepartementIsOffered() {
        for (var region : List.of("FR-2A", "FR-91", "FR-971", "BE-VAN", "BE-WLX")) {
            var opened = Platform.call("POST", "/sessions", null, Json.createObjectBuilder()
                    .add("nickname", Platform.nickname("Wrg")).add("age", 30).add("region", region).build().toString(),
                    "X-Forwarded-For", Platform.newAddress());
            assertEquals(201, opened.status(), region + " " + opened);
        }
        try (var b = ChatBrowser.open(ChatBrowser.PHONE, "fr-FR")) {
            b.driver.get(Platform.URL + "/");
            var offered = b.testId("region-select").findElements(By.tagName("option")).stream()
                    .map(o -> o.getAttribute("value")).toList();
            for (var code : List.of("FR-91", "FR-94", "FR-77", "FR-78", "FR-95", "FR-62", "FR-2A", "FR-2B", "FR-976",
                    "BE-BRU", "BE-VAN", "BE-VBR", "BE-VWV", "BE-VOV", "BE-VLI", "BE-WBR", "BE-WHT", "BE-WLG", "BE-WLX", "BE-WNA")) {
                assertTrue(offered.contains(code), code);
            }
            assertEquals(1 + 101 + 11, offered.size(), "none, 101 départements, 11 Belgian provinces and Brussels");

            b.enter("Wre", 34, "FR-69");
            b.visible(By.cssSelector("[data-testid=room-item][data-room-id=lyon]"));
            var groups = b.driver.findElements(By.cssSelector("[data-testid=room-group]")).stream()
                    .map(g -> g.getAttribute("data-group")).toList();
            assertEquals(List.of("near", "themes", "places"), groups);
            assertEquals("lyon", b.driver.findElement(By.cssSelector("[data-group=near] [data-testid=room-item]"))
                    .getAttribute("data-room-id"));
            assertFalse(b.driver.findElements(By.cssSelector("[data-group=themes] [data-room-id=discussion]")).isEmpty());
            assertFalse(b.driver.findElements(By.cssSelector("[data-group=places] [data-room-id=paris]")).isEmpty());
            assertTrue(b.driver.findElements(By.cssSelector("[data-group=themes] [data-room-id=paris]")).isEmpty());
        }
    }

    @Test
    void theMessageBoxIsAFewKeystrokesAwayAndEveryTargetIsLargeEnough() {
        for (int width : new int[] {ChatBrowser.PHONE, ChatBrowser.DESKTOP}) {
            try (var b = ChatBrowser.open(width, "fr-FR")) {
                b.enter("Wkb", 35, null);
                b.join("discussion");
                var other = Chatter.adult("Wkp");
                other.mustJoin("discussion");
                for (int i = 0; i < 3; i++) {
                    var text = "ligne " + i + " " + Platform.marker();
                    assertEquals(202, other.say("discussion", text).status());
                    b.message(text);
                }
                assertEquals(1L, b.script("return [...document.querySelectorAll('h1')].filter(e => e.offsetParent).length"));

                // from a fresh page, Tab by Tab (the first stop is the skip link), with the focus always visible
                b.driver.navigate().refresh();
                b.until(d -> "open".equals(b.testId("connection-status").getAttribute("data-state")));
                int presses = 0;
                var path = new java.util.ArrayList<Object>();
                while (!"message-input".equals(b.script("return document.activeElement.dataset.testid")) && presses < 30) {
                    new Actions(b.driver).sendKeys(Keys.TAB).perform();
                    presses++;
                    path.add(b.script("const e = document.activeElement; return e.dataset.testid || e.id || e.tagName"));
                    assertFocusVisible(b);
                }
                assertEquals("skip-link", path.get(0));
                assertTrue(presses <= 10, width + " px: " + presses + " Tab presses to the message box: " + path);

                // the skip link leads to the message box
                b.driver.navigate().refresh();
                b.until(d -> "open".equals(b.testId("connection-status").getAttribute("data-state")));
                new Actions(b.driver).sendKeys(Keys.TAB).perform();
                assertEquals("skip-link", b.script("return document.activeElement.dataset.testid"));
                new Actions(b.driver).sendKeys(Keys.ENTER).perform();
                b.until(d -> "message-input".equals(b.script("return document.activeElement.dataset.testid")));

                @SuppressWarnings("unchecked")
                var small = (List<Map<String, Object>>) b.script("""
                        return [...document.querySelectorAll('button, a, select, input, textarea, [role=menuitem]')]
                          .filter(e => e.offsetParent && getComputedStyle(e).visibility !== 'hidden')
                          .map(e => ({ id: e.dataset.testid || e.id || e.textContent.trim(), r: e.getBoundingClientRect() }))
                          .filter(x => x.r.width > 0 && (x.r.width < 23.5 || x.r.height < 23.5))
                          .map(x => ({ id: x.id, w: x.r.width, h: x.r.height }));""");
                assertTrue(small.isEmpty(), width + " px: targets under 24 x 24 px: " + small);
            }
        }
    }

    private static void assertFocusVisible(ChatBrowser b) {
        @SuppressWarnings("unchecked")
        var style = (Map<String, Object>) b.script("""
                const s = getComputedStyle(document.activeElement);
                return { outline: s.outlineStyle, width: parseFloat(s.outlineWidth), tag: document.activeElement.tagName };""");
        if ("BODY".equals(style.get("tag"))) {
            return;
        }
        assertFalse("none".equals(style.get("outline")), "a visible focus on " + style);
        assertTrue(((Number) style.get("width")).doubleValue() >= 2, "a visible focus on " + style);
    }
}
