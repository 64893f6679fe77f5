package org.causette.systemtests;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.net.URI;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The moderator console in a real headless Chromium, at phone and desktop widths: a moderator works a reported case
 * from its case file (text, author, the reporter's comment, the messages around it, the engine's verdict) to a
 * decision of two actions, and the effects are seen by the chatters; the other screens answer an administrator.
 */
class ConsoleIT {
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final String ROOM = "bruxelles";

    private WebDriver browser;

    private void openBrowser(String size) throws Exception {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "Chromium and chromedriver are not installed");
        var options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=" + size,
                "--user-data-dir=" + Files.createTempDirectory("causette-chromium"));
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
        browser = new ChromeDriver(service, options);
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"390,844", "1280,900"})
    void aModeratorWorksAReportedCaseToTwoActions(String size) throws Exception {
        var author = Chatter.adult("Cau");
        var witness = Chatter.adult("Cwi");
        var reporter = Chatter.adult("Cre");
        for (var c : List.of(author, witness, reporter)) {
            c.mustJoin(ROOM);
        }
        try (var seen = witness.stream()) {
            var before = "juste avant " + Platform.marker();
            var reported = "ce salon est nul et vous aussi " + Platform.marker();
            var after = "juste après " + Platform.marker();
            assertEquals(202, witness.say(ROOM, before).status());
            seen.await(Stream.message(before));
            var messageId = Casefiles.sent(author, reported);
            seen.await(Stream.message(reported));
            assertEquals(202, witness.say(ROOM, after).status());
            seen.await(Stream.message(after));
            var comment = "il insulte tout le salon depuis ce matin " + Platform.marker();
            var report = reporter.call("POST", "/reports", Json.createObjectBuilder().add("messageId", messageId)
                    .add("category", "harassment").add("comment", comment).build().toString());
            assertEquals(201, report.status(), report::toString);

            openBrowser(size);
            // through another host name than the platform's configured public URL: links must follow it
            var host = URI.create(Platform.URL).getPort() > 0 ? "http://127.0.0.1:" + URI.create(Platform.URL).getPort()
                    : "http://127.0.0.1";
            logIn(host, "moderator", "local-moderator");
            new Select(waitFor(By.cssSelector("[data-testid=filter-category]"))).selectByValue("harassment");
            var item = waitFor(By.cssSelector("[data-testid=case-item][data-message-id=\"" + messageId + "\"]"));
            assertEquals("harassment", item.getAttribute("data-category"));
            item.click();

            var file = waitFor(By.cssSelector("[data-testid=case-file] [data-testid=case-message-text]"));
            assertEquals(reported, file.getText());
            assertEquals(author.nickname, testId("case-author").getText());
            assertTrue(texts("report-comment").contains(comment), () -> "comments: " + texts("report-comment"));
            var context = browser.findElements(By.cssSelector("[data-testid=context-item]"));
            assertTrue(context.stream().anyMatch(e -> "before".equals(e.getAttribute("data-position"))
                    && e.getText().contains(before) && e.getText().contains(witness.nickname)), "context before");
            assertTrue(context.stream().anyMatch(e -> "after".equals(e.getAttribute("data-position"))
                    && e.getText().contains(after)), "context after");
            assertEquals(reported, testId("context-reported").findElement(By.cssSelector(".context-text")).getText());
            assertEquals("allow", browser.findElement(By.cssSelector("[data-testid=case-verdict] dl"))
                    .getAttribute("data-action"));

            // nothing is chosen for the moderator: submitting as it stands is refused in the page
            assertEquals(0, browser.findElements(By.cssSelector("#decision-form input[type=radio]:checked")).size());
            testId("decision-submit").click();
            waitFor(By.cssSelector("[data-testid=decision-error]"));

            testId("message-remove").click();
            testId("author-mute").click();
            testId("decision-duration").sendKeys("60");
            testId("decision-reason").sendKeys("Insultes envers les membres du salon.");
            testId("decision-ground").sendKeys("terms:4.2");
            assertTrue(testId("decision-summary").getText().contains("retrait du message + mise en silence (1 h)"),
                    () -> testId("decision-summary").getText());
            testId("decision-submit").click();

            var taken = new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
                var list = d.findElements(By.cssSelector("[data-testid=decision-taken]"));
                return list.size() == 2 ? list : null;
            });
            assertEquals(List.of("remove-message", "mute"), taken.stream().map(e -> e.getAttribute("data-action")).toList());
            for (var link : browser.findElements(By.cssSelector("[data-testid=decision-statement]"))) {
                assertTrue(link.getAttribute("href").startsWith(host + "/api/v1/statements/"), link.getAttribute("href"));
            }

            // the effects: the message leaves the other members' screens, and its author is muted
            var removed = seen.await(f -> "removed".equals(f.getString("type", ""))
                    && messageId.equals(f.getString("messageId", "")));
            assertEquals("moderation", removed.getString("by"));
            var refused = author.say(ROOM, "je peux encore parler ? " + Platform.marker());
            assertEquals(403, refused.status(), refused::toString);
            assertEquals("muted", refused.code());

            // the statement reads as a page, not as JSON
            browser.findElements(By.cssSelector("[data-testid=decision-statement]")).get(1).click();
            var statement = waitFor(By.cssSelector("[data-testid=statement-view]"));
            assertEquals("mute", statement.getAttribute("data-decision"));
            assertTrue(statement.getText().contains("Voies de recours"), statement::getText);
            assertTrue(statement.getText().contains("Insultes envers les membres du salon."), statement::getText);
        }
    }

    private void logIn(String host, String username, String password) {
        browser.get(host + "/moderation.html");
        waitFor(By.cssSelector("[data-testid=staff-username]")).sendKeys(username);
        testId("staff-password").sendKeys(password);
        testId("staff-login-button").click();
        waitFor(By.cssSelector("[data-testid=staff-roles]"));
    }

    private List<String> texts(String testId) {
        return browser.findElements(By.cssSelector("[data-testid=" + testId + "]")).stream().map(WebElement::getText)
                .toList();
    }

    private WebElement testId(String id) {
        return browser.findElement(By.cssSelector("[data-testid=" + id + "]"));
    }

    private WebElement waitFor(By selector) {
        return new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(selector));
    }
}
