package org.causette.systemtests;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * A headless Chromium on the web client, at a given window width (390 px phone, 1280 px desktop) and browser
 * language; skipped (assumption) where Chromium and chromedriver are not installed.
 */
final class ChatBrowser implements AutoCloseable {
    static final int PHONE = 390;
    static final int DESKTOP = 1280;
    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    final ChromeDriver driver;

    private ChatBrowser(ChromeDriver driver) {
        this.driver = driver;
    }

    static ChatBrowser open(int width, String language) {
        int height = width < 600 ? 844 : 900;
        var browser = new ChatBrowser(chromium(width + "," + height, language));
        browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width,
                "height", height, "deviceScaleFactor", 1, "mobile", width < 600));
        return browser;
    }

    /** A headless Chromium of its own (fresh profile), {@code windowSize} "width,height", language or null. */
    static ChromeDriver chromium(String windowSize, String language) {
        assumeTrue(CHROMIUM.canExecute() && CHROMEDRIVER.canExecute(), "Chromium and chromedriver are not installed");
        try {
            var options = new ChromeOptions().setBinary(CHROMIUM).addArguments("--headless=new", "--no-sandbox",
                    "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                    "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=" + windowSize,
                    "--user-data-dir=" + Files.createTempDirectory("causette-chromium"));
            if (language != null) {
                options.addArguments("--lang=" + language);
                options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
            }
            var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
            return new ChromeDriver(service, options);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Opens the client, enters with a fresh nickname and the given age and region (or none); the nickname. */
    String enter(String prefix, int age, String region) {
        var nickname = Platform.nickname(prefix);
        driver.get(Platform.URL + "/");
        testId("nickname-input").sendKeys(nickname);
        testId("age-input").sendKeys(String.valueOf(age));
        if (region != null) {
            new Select(testId("region-select")).selectByValue(region);
        }
        testId("start-button").click();
        until(d -> testId("user-nickname").isDisplayed() || testId("entry-error").isDisplayed());
        assertFalse(testId("entry-error").isDisplayed(), () -> "entry refused: "
                + testId("entry-error").getAttribute("data-code") + " " + testId("entry-error").getText());
        assertEquals(nickname, testId("user-nickname").getText());
        return nickname;
    }

    /** Joins a public room from the list and opens it. */
    void join(String roomId) {
        var room = "[data-testid=room-item][data-room-id=\"" + roomId + "\"]";
        if (driver.findElements(By.cssSelector(".tabs .tab[data-view=rooms]")).stream().anyMatch(WebElement::isDisplayed)) {
            driver.findElement(By.cssSelector(".tabs .tab[data-view=rooms]")).click();
        }
        click(By.cssSelector(room + " [data-testid=join-button]"));
        until(d -> !d.findElements(By.cssSelector(room + "[data-joined=true]")).isEmpty());
        until(d -> d.findElement(By.cssSelector("[data-testid=message-input]")).isEnabled());
        until(d -> "open".equals(testId("connection-status").getAttribute("data-state")));
    }

    String sessionId() {
        return (String) script("return JSON.parse(sessionStorage.getItem('causette.session')).id");
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    WebElement testId(String id) {
        return driver.findElement(By.cssSelector("[data-testid=" + id + "]"));
    }

    WebElement visible(By selector) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(selector));
    }

    /** Clicks once the element is shown; the lists are drawn again as events arrive, so one found may go stale. */
    void click(By selector) {
        new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class)
                .ignoring(NoSuchElementException.class).until(d -> {
                    var e = d.findElement(selector);
                    if (!e.isDisplayed()) {
                        return false;
                    }
                    e.click();
                    return true;
                });
    }

    <T> T until(Function<org.openqa.selenium.WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).ignoring(StaleElementReferenceException.class).until(condition::apply);
    }

    /** The message on screen whose text contains {@code text}, once there. */
    WebElement message(String text) {
        return until(d -> d.findElements(By.cssSelector("[data-testid=message-item]")).stream()
                .filter(e -> e.getText().contains(text)).findFirst().orElse(null));
    }

    /** Waits until the message holding {@code text} has the given data-status. */
    void awaitStatus(String text, String status) {
        until(d -> d.findElements(By.cssSelector("[data-testid=message-item][data-status=" + status + "]")).stream()
                .anyMatch(e -> e.getText().contains(text)));
    }

    void say(String text) {
        var input = visible(By.cssSelector("[data-testid=message-input]"));
        input.sendKeys(text);
        testId("send-button").click();
    }

    /** Emulates a lost network (the browser goes offline) or gives it back. */
    void offline(boolean offline) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", offline, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    /** Blocks (or unblocks, with none) requests to the API while the pages themselves still load. */
    void blockApi(boolean blocked) {
        driver.executeCdpCommand("Network.enable", Map.of());
        driver.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", blocked ? List.of("*/api/v1/*") : List.of()));
    }

    @Override
    public void close() {
        driver.quit();
    }
}
