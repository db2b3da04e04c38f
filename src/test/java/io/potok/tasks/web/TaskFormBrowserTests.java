package io.potok.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.potok.HeadlessChromium;
import io.potok.PotokTest;
import io.potok.catalogs.Catalogs;
import io.potok.forms.Forms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives the new-task page in headless Chromium: the parts that run in the browser (rows, live totals,
 * catalog suggestions). Runs where Debian's Chromium is installed. With the system property
 * {@code potok.screenshots} set to a folder, it also saves phone and desktop screenshots there.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class TaskFormBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Catalogs catalogs;

    TaskFormFixtures fixtures;
    WebDriver browser;

    @BeforeEach
    void signIn() throws IOException {
        fixtures = new TaskFormFixtures(jdbc, forms, catalogs);
        jdbc.sql("update members set password_hash = '{noop}secret' where id = :id")
                .param("id", fixtures.user.memberId()).update();
        browser = HeadlessChromium.start(390, 844);
        browser.get(url("/login"));
        String email = jdbc.sql("select email from members where id = :id")
                .param("id", fixtures.user.memberId()).query(String.class).single();
        browser.findElement(By.id("username")).sendKeys(email);
        browser.findElement(By.id("password")).sendKeys("secret");
        browser.findElement(By.id("sign-in")).click();
        // The first sign-in of a run is slow on a shared two-core machine, hence the longer wait.
        new WebDriverWait(browser, Duration.ofSeconds(40))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void computesLineTotalsAndSumWhileTyping() {
        browser.get(url("/tasks/new?form=" + fixtures.form.id()));
        browser.findElement(By.id("field-30-0-32")).sendKeys("3");
        browser.findElement(By.id("field-30-0-33")).sendKeys("450,50");
        browser.findElement(By.id("add-row-30")).click();
        browser.findElement(By.id("field-30-1-32")).sendKeys("2");
        browser.findElement(By.id("field-30-1-33")).sendKeys("1 000");

        assertThat(browser.findElement(By.id("field-30-0-34")).getText()).isEqualTo("1351.50");
        assertThat(browser.findElement(By.id("field-30-1-34")).getText()).isEqualTo("2000.00");
        assertThat(browser.findElement(By.id("field-40")).getText()).isEqualTo("3351.50");
        assertThat(browser.findElement(By.id("sum-30-34")).getText()).isEqualTo("3351.50");

        browser.findElements(By.cssSelector("tr[data-row='0'] .remove-row")).get(0).click();

        assertThat(browser.findElements(By.cssSelector("tbody tr[data-row]"))).hasSize(1);
        assertThat(browser.findElement(By.id("field-40")).getText()).isEqualTo("2000.00");
    }

    @Test
    void picksCatalogItemFromSuggestions() {
        browser.get(url("/tasks/new?form=" + fixtures.form.id()));
        browser.findElement(By.id("field-13-search")).sendKeys("caps");
        By option = By.cssSelector("[data-field='13'] .catalog-option[data-key='Capsules Lungo']");
        // a slower keystroke can send a second search whose response replaces the list under the click
        waitFor().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(option).click();
            return true;
        });
        String lungo = String.valueOf(catalogs.itemByKey(fixtures.orgId, fixtures.products.id(), "Capsules Lungo")
                .orElseThrow().id());
        waitFor().until(driver -> !driver.findElement(By.id("field-13")).getDomProperty("value").isEmpty());

        assertThat(browser.findElement(By.id("field-13")).getDomProperty("value")).isEqualTo(lungo);
        assertThat(browser.findElement(By.cssSelector("[data-field='13'] .catalog-details")).getText())
                .isEqualTo("Price: 480 · Stock: 0");
        screenshots("new-task");
    }

    private void screenshots(String name) {
        String folder = System.getProperty("potok.screenshots");
        if (folder == null) {
            return;
        }
        try {
            for (int width : new int[] {390, 1280}) {
                browser.manage().window().setSize(new Dimension(width, 900));
                Path file = Path.of(folder, name + "-" + width + ".png");
                Files.write(file, ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            }
        } catch (IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
