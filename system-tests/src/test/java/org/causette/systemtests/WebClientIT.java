package org.causette.systemtests;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.time.Duration;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The reference web client in a real headless Chromium: a newcomer chats and another member sees it; removed messages
 * leave the screen; a private conversation's history comes back after a reload.
 */
class WebClientIT {

    private WebDriver browser;

    @BeforeEach
    void openBrowser() throws Exception {
        browser = ChatBrowser.chromium("1200,900", null);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aNewcomerJoinsARoomAndTalks() {
        enterAndOpen("Web", "discussion");

        var other = Chatter.adult("Obs");
        other.mustJoin("discussion");
        try (var stream = other.stream()) {
            var text = "bonjour depuis le navigateur " + Platform.marker();
            waitFor(By.cssSelector("[data-testid=message-input]")).sendKeys(text);
            testId("send-button").click();
            stream.await(Stream.message(text));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(
                    By.cssSelector("[data-testid=message-item][data-status=delivered]")).stream()
                    .anyMatch(e -> e.getText().contains(text)));

            var reply = "bienvenue " + Platform.marker();
            assertEquals(202, other.say("discussion", reply).status());
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(
                    By.cssSelector("[data-testid=message-item]")).stream().anyMatch(e -> e.getText().contains(reply)));
        }
    }

    @Test
    void removedMessagesDisappearFromEveryScreen() {
        enterAndOpen("Wrm", "discussion");
        var other = Chatter.adult("Wro");
        other.mustJoin("discussion");
        try (var stream = other.stream()) {
            var theirs = "message que son autrice retire " + Platform.marker();
            var sent = other.say("discussion", theirs);
            assertEquals(202, sent.status(), sent::toString);
            awaitShown(theirs, true);
            assertEquals(204, other.call("DELETE", "/messages/" + sent.object().getString("id"), null).status());
            awaitShown(theirs, false);

            var mine = "mon message à supprimer " + Platform.marker();
            waitFor(By.cssSelector("[data-testid=message-input]")).sendKeys(mine);
            testId("send-button").click();
            var delivered = stream.await(Stream.message(mine));
            new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElements(
                    By.cssSelector("[data-testid=message-item][data-own=true][data-status=delivered]")).stream()
                    .anyMatch(e -> e.getText().contains(mine)));
            browser.findElements(By.cssSelector("[data-testid=message-item][data-own=true]")).stream()
                    .filter(e -> e.getText().contains(mine)).findFirst().orElseThrow()
                    .findElement(By.cssSelector("[data-testid=message-delete]")).click();
            waitFor(By.cssSelector("[data-testid=confirm-ok]")).click();
            var removed = stream.await(f -> "removed".equals(f.getString("type", ""))
                    && delivered.getString("id").equals(f.getString("messageId", "")));
            assertEquals("author", removed.getString("by"));
            awaitShown(mine, false);
        }
    }

    @Test
    void aPrivateConversationKeepsItsHistoryAcrossAReload() {
        var nickname = enterAndOpen("Wcv", "discussion");
        var other = Chatter.adult("Wcp");
        other.mustJoin("discussion");
        var me = other.call("GET", "/rooms/discussion/members", null).json().asJsonArray()
                .getValuesAs(JsonObject.class).stream()
                .filter(m -> nickname.equals(m.getString("nickname", ""))).findFirst().orElseThrow();
        var opened = other.call("POST", "/conversations", Json.createObjectBuilder()
                .add("peer", me.getString("sessionId")).build().toString());
        assertEquals(201, opened.status(), opened::toString);
        var conversation = "[data-testid=conversation-item][data-conversation-id=\"" + opened.object().getString("id")
                + "\"]";
        click(By.cssSelector(conversation + " [data-testid=conversation-accept]"));
        waitFor(By.cssSelector(conversation + "[data-status=accepted]"));

        var text = "tu te souviens de moi ? " + Platform.marker();
        var sent = other.call("POST", "/conversations/" + opened.object().getString("id") + "/messages",
                Json.createObjectBuilder().add("clientMessageId", UUID.randomUUID().toString())
                        .add("text", text).build().toString());
        assertEquals(202, sent.status(), sent::toString);
        click(By.cssSelector(conversation + " [data-testid=conversation-open]"));
        awaitShown(text, true);

        browser.navigate().refresh();
        click(By.cssSelector(conversation + " [data-testid=conversation-open]"));
        awaitShown(text, true);
    }

    private String enterAndOpen(String prefix, String roomId) {
        var nickname = Platform.nickname(prefix);
        browser.get(Platform.URL + "/");
        testId("nickname-input").sendKeys(nickname);
        testId("age-input").sendKeys("27");
        testId("start-button").click();
        waitFor(By.cssSelector("[data-testid=user-nickname]"));
        assertEquals(nickname, testId("user-nickname").getText());

        click(By.cssSelector("[data-testid=room-item][data-room-id=" + roomId + "] [data-testid=join-button]"));
        click(By.cssSelector("[data-testid=room-item][data-room-id=" + roomId + "][data-joined=true] [data-testid=room-open]"));
        return nickname;
    }

    private void awaitShown(String text, boolean shown) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> shown == d.findElements(
                By.cssSelector("[data-testid=message-item]")).stream().anyMatch(e -> e.getText().contains(text)));
    }

    /** Clicks once the element is there; the lists are drawn again as events arrive, so a found element may go stale. */
    private void click(By selector) {
        new WebDriverWait(browser, Duration.ofSeconds(20)).ignoring(StaleElementReferenceException.class)
                .until(d -> {
                    var e = d.findElement(selector);
                    if (!e.isDisplayed()) {
                        return false;
                    }
                    e.click();
                    return true;
                });
    }

    private WebElement testId(String id) {
        return browser.findElement(By.cssSelector("[data-testid=" + id + "]"));
    }

    private WebElement waitFor(By selector) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(selector));
    }
}
