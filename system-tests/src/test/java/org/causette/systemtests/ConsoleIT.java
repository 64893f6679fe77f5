package org.causette.systemtests;

import jakarta.json.Json;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.net.URI;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The moderator console in a real headless Chromium, at phone and desktop widths: a moderator works a reported case
 * from its case file (text, author, the reporter's comment, the messages around it, the engine's verdict) to a
 * decision of two actions, and the effects are seen by the chatters; the other screens answer an administrator.
 */
class ConsoleIT {
    private static final String ROOM = "bruxelles";

    private WebDriver browser;

    private void openBrowser(String size) throws Exception {
        browser = ChatBrowser.chromium(size, null);
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
            assertFalse(testId("nav-staff").isDisplayed(), "staff accounts are for administrators");
            new Select(waitFor(By.cssSelector("[data-testid=filter-category]"))).selectByValue("harassment");
            var item = By.cssSelector("[data-testid=case-item][data-message-id=\"" + messageId + "\"]");
            assertEquals("harassment", waitFor(item).getAttribute("data-category"));
            clickWhenReady(item);

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

    @ParameterizedTest
    @ValueSource(strings = {"390,844", "1280,900"})
    void anAdministratorReviewsAnAppealAndUsesTheOtherScreens(String size) throws Exception {
        var author = Chatter.adult("Cap");
        author.mustJoin(ROOM);
        var messageId = Casefiles.sent(author, "un message qui vaudra un avertissement " + Platform.marker());
        var reporter = Chatter.adult("Car");
        Casefiles.report(reporter.token, messageId, "spam");
        var moderator = Staff.moderator();
        var caseId = Casefiles.caseOf(moderator, messageId).getString("id");
        var statement = Casefiles.decide(moderator, caseId, "{\"action\":\"warn\",\"reason\":\"Publicité.\","
                + "\"ground\":\"terms:4.3\"}").getString("statement");
        var complaint = "ce n'était pas de la publicité " + Platform.marker();
        var filed = author.call("POST", "/appeals", Json.createObjectBuilder()
                .add("statementId", Casefiles.statementId(statement)).add("reason", complaint).build().toString());
        assertEquals(201, filed.status(), filed::toString);
        var appealId = filed.object().getString("id");

        openBrowser(size);
        logIn(Platform.URL, "admin", "local-admin");

        // appeals: the complaint and the contested decision; another staff member reverses it
        testId("nav-appeals").click();
        var appeal = waitFor(By.cssSelector("[data-testid=appeal-item][data-appeal-id=\"" + appealId + "\"]"));
        assertEquals(complaint, appeal.findElement(By.cssSelector("[data-testid=appeal-complaint]")).getText());
        appeal.findElement(By.cssSelector("[data-testid=appeal-reversed]")).click();
        appeal.findElement(By.cssSelector("[data-testid=appeal-reason]")).sendKeys("Message ordinaire, pas de publicité.");
        appeal.findElement(By.cssSelector("[data-testid=appeal-submit]")).click();
        waitFor(By.cssSelector("[data-testid=appeal-item][data-appeal-id=\"" + appealId + "\"][data-status=reversed] "
                + "[data-testid=appeal-review]"));
        var reversed = Platform.call("GET", "/moderation/appeals?status=reversed", moderator, null);
        assertTrue(reversed.body().contains(appealId), reversed::toString);

        // emergency and evidence from the (closed) case file
        clickWhenReady(By.cssSelector("[data-testid=appeal-item][data-appeal-id=\"" + appealId + "\"] button"));
        waitFor(By.cssSelector("[data-testid=case-file][data-case-id=\"" + caseId + "\"] [data-testid=case-emergency]"))
                .click();
        waitFor(By.cssSelector("[data-testid=confirm-input]")).sendKeys("Menace de violence envers un membre.");
        testId("confirm-ok").click();
        awaitText("case-tools-status", "Urgence signalée");
        testId("case-evidence").click();
        awaitText("case-tools-status", "Preuves exportées");

        // legal holds: place one on the message, then release it (administrators only)
        testId("case-hold").click();
        assertEquals(messageId, waitFor(By.cssSelector("[data-testid=hold-target]")).getAttribute("value"));
        var reference = "REQ-" + Platform.marker();
        testId("hold-reason").sendKeys("Réquisition judiciaire.");
        testId("hold-reference").sendKeys(reference);
        testId("hold-submit").click();
        // the list is drawn again as it reloads: find the hold and click in one go, again if it went stale
        patiently().until(d -> {
            var hold = d.findElements(By.cssSelector("[data-testid=hold-item][data-status=active]")).stream()
                    .filter(e -> e.getText().contains(reference)).findFirst();
            hold.ifPresent(e -> e.findElement(By.cssSelector("[data-testid=hold-release]")).click());
            return hold.isPresent();
        });
        waitFor(By.cssSelector("[data-testid=confirm-ok]")).click();
        new Select(testId("holds-status")).selectByValue("released");
        patiently().until(d -> d.findElements(By.cssSelector("[data-testid=hold-item][data-status=released]")).stream()
                .anyMatch(e -> e.getText().contains(reference)));

        // transparency, audit chain, staff accounts
        testId("nav-transparency").click();
        waitFor(By.cssSelector("[data-testid=transparency-show]")).click();
        assertTrue(waitFor(By.cssSelector("[data-testid=transparency-decisions]")).getText().contains("Total"));
        testId("nav-audit").click();
        waitFor(By.cssSelector("[data-testid=audit-verify]")).click();
        assertEquals("true", waitFor(By.cssSelector("[data-testid=audit-result][data-valid]")).getAttribute("data-valid"));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> !d.findElements(
                By.cssSelector("[data-testid=audit-entry]")).isEmpty());
        testId("nav-staff").click();
        var username = Platform.nickname("cons").toLowerCase();
        waitFor(By.cssSelector("[data-testid=new-username]")).sendKeys(username);
        testId("new-password").sendKeys(Staff.PASSWORD);
        testId("new-role-moderator").click();
        testId("staff-create").click();
        waitFor(By.cssSelector("[data-testid=staff-item][data-username=\"" + username + "\"]"));
        Staff.login(username, Staff.PASSWORD);
    }

    /** Clicks what the selector finds once it shows, finding it again if the list it is in was drawn anew. */
    private void clickWhenReady(By selector) {
        patiently().until(d -> {
            var found = d.findElement(selector);
            if (!found.isDisplayed()) {
                return false;
            }
            found.click();
            return true;
        });
    }

    private WebDriverWait patiently() {
        var wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private void awaitText(String testId, String text) {
        patiently().until(d -> d.findElement(
                By.cssSelector("[data-testid=" + testId + "]")).getText().contains(text));
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
        return patiently().until(ExpectedConditions.visibilityOfElementLocated(selector));
    }
}
