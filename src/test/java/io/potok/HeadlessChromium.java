package io.potok;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium for the browser tests. The networking flags keep it from reaching for the
 * internet, which this machine's network refuses.
 */
public final class HeadlessChromium {

    private static final Path BINARY = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Tells whether Chromium and its driver are installed; browser tests are skipped otherwise. */
    public static boolean installed() {
        return Files.isExecutable(BINARY) && Files.isExecutable(DRIVER);
    }

    /** Starts Chromium with a fresh profile and the given window size in pixels. */
    public static WebDriver start(int width, int height) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY.toString());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=" + width + "," + height,
                "--user-data-dir=" + Files.createTempDirectory("potok-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile()).build();
        return new ChromeDriver(service, options);
    }

    /**
     * Signs in on the login page at {@code loginUrl} and waits until the browser has left it. The browser
     * first leaves the current page for the login page and drops its cookies there, so a request still running on that page cannot
     * replace the fresh session between the form and its submission. A submission that is answered without
     * leaving the page is tried once more; the second failure reports what the page said.
     */
    public static void signIn(WebDriver browser, String loginUrl, String email, String password) {
        browser.get(loginUrl);
        browser.manage().deleteAllCookies();
        if (!submitSignIn(browser, loginUrl, email, password)
                && !submitSignIn(browser, loginUrl, email, password)) {
            throw new IllegalStateException("Sign-in as " + email + " stayed on " + browser.getCurrentUrl()
                    + ": " + pageText(browser));
        }
    }

    private static boolean submitSignIn(WebDriver browser, String loginUrl, String email, String password) {
        browser.get(loginUrl);
        browser.findElement(By.id("username")).clear();
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("sign-in")).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(40))
                    .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
            return true;
        } catch (TimeoutException stayed) {
            return false;
        }
    }

    private static String pageText(WebDriver browser) {
        String text = browser.findElement(By.tagName("body")).getText();
        return text.length() > 300 ? text.substring(0, 300) : text;
    }
}
