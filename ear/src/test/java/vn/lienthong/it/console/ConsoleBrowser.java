package vn.lienthong.it.console;

import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import vn.lienthong.it.support.Hub;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.logging.Level;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium from the system's packages (Debian: chromium, chromium-driver; .ci/run
 * installs them), driven through its chromedriver. A machine without them fails the test with
 * that sentence rather than skipping it: a browser test that does not run proves nothing.
 */
final class ConsoleBrowser implements AutoCloseable {

    static final Path BROWSER = Path.of(System.getProperty("it.chromium", "/usr/bin/chromium"));
    static final Path DRIVER = Path.of(System.getProperty("it.chromedriver", "/usr/bin/chromedriver"));
    /** Screenshots of every page, kept by the build as artefacts (and the source of docs/images/console/). */
    static final Path SCREENSHOTS = Path.of(System.getProperty("it.screenshots", "target/screenshots"));

    final WebDriver driver;

    ConsoleBrowser() {
        assertThat(BROWSER).as("Chromium is needed for the console's browser tests: apt-get install chromium chromium-driver")
                .isExecutable();
        assertThat(DRIVER).as("chromedriver is needed for the console's browser tests: apt-get install chromium-driver")
                .isExecutable();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1000", "--lang=vi-VN", "--no-first-run", "--disable-extensions");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    void open(String path) {
        driver.get(Hub.BASE_URL + path);
    }

    WebElement find(String id) {
        return driver.findElement(By.id(id));
    }

    void signIn(String user, String password) {
        open("/console/sign-in.xhtml");
        find("signIn:user").sendKeys(user);
        find("signIn:password").sendKeys(password);
        submit(find("signIn:submit"));
    }

    /**
     * Clicks a form's button and waits for the page that answers: the button of the page before goes
     * stale. Without the wait, a look-up right after the click can still read the page before.
     */
    void submit(WebElement button) {
        button.click();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            try {
                button.isEnabled();
            } catch (StaleElementReferenceException answered) {
                return;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for the page that answers", e);
            }
        }
        throw new AssertionError("the click on " + button + " was not answered with a page within 30 s");
    }

    void signInAsAdministrator() {
        signIn(Hub.ADMIN_USER, Hub.ADMIN_PASSWORD);
        assertThat(driver.getCurrentUrl()).as("after signing in").contains("/console/index.xhtml");
    }

    /** What the page wrote to the browser's console (errors of scripts, failed resources, CSP refusals). */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.WARNING.intValue())
                .map(LogEntry::toString).toList();
    }

    /**
     * Writes where the browser is, what the page says and what it logged: a failure on CI leaves
     * only the test's output to read, not the screenshot.
     */
    void describeTo(java.io.PrintStream out) {
        out.println("browser at " + driver.getCurrentUrl());
        out.println("page text:\n" + driver.findElement(By.tagName("body")).getText());
        out.println("browser log: " + consoleErrors());
    }

    String heading() {
        return driver.findElement(By.tagName("h1")).getText();
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Path target = SCREENSHOTS.resolve(name + ".png");
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
