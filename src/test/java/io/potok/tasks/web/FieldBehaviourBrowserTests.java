package io.potok.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.potok.HeadlessChromium;
import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.Forms;
import io.potok.tasks.MachineForms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives the new-task page of a form with conditional fields in headless Chromium: picking a choice shows
 * the fields that depend on it without reloading the page. Runs where Debian's Chromium is installed. With
 * the system property {@code potok.screenshots} set to a folder, it also saves a screenshot there.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class FieldBehaviourBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    MachineForms machines;
    WebDriver browser;

    @BeforeEach
    void signIn() throws IOException {
        machines = new MachineForms(new TestOrganizations(jdbc), forms);
        jdbc.sql("update members set password_hash = '{noop}secret' where id = :id")
                .param("id", machines.authorId).update();
        String email = jdbc.sql("select email from members where id = :id")
                .param("id", machines.authorId).query(String.class).single();
        browser = HeadlessChromium.start(1280, 900);
        HeadlessChromium.signIn(browser, url("/login"), email, "secret");
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void choiceShowsConditionalFieldsWithoutReload() {
        browser.get(url("/tasks/new?form=" + machines.form.id()));
        ((JavascriptExecutor) browser).executeScript("window.potokSamePage = true;");
        By escalation = By.cssSelector("[data-field='" + MachineForms.ESCALATION + "']");
        By fault = By.cssSelector("[data-field='" + MachineForms.FAULT + "']");
        assertThat(browser.findElement(escalation).isDisplayed()).isFalse();
        assertThat(browser.findElement(fault).isDisplayed()).isFalse();

        new Select(browser.findElement(By.id("field-" + MachineForms.PRIORITY))).selectByVisibleText("High");
        new Select(browser.findElement(By.id("field-" + MachineForms.KIND))).selectByVisibleText("Repair");

        waitFor().until(ExpectedConditions.visibilityOfElementLocated(escalation));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(fault));
        assertThat(((JavascriptExecutor) browser).executeScript("return window.potokSamePage === true;"))
                .isEqualTo(true);

        screenshot("conditional-fields");

        new Select(browser.findElement(By.id("field-" + MachineForms.KIND))).selectByVisibleText("Sale");
        waitFor().until(ExpectedConditions.invisibilityOfElementLocated(fault));
    }

    /** Saves a screenshot into the folder the system property {@code potok.screenshots} names, if set. */
    private void screenshot(String name) {
        String folder = System.getProperty("potok.screenshots");
        if (folder == null) {
            return;
        }
        try {
            Files.write(Path.of(folder, name + ".png"), ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    @Test
    void showsDescriptionsAndPrefilledDefaults() {
        browser.get(url("/tasks/new?form=" + machines.form.id()));

        assertThat(browser.findElement(By.id("description-" + MachineForms.STICKER)).getText())
                .isEqualTo("The number on the machine's sticker");
        assertThat(new Select(browser.findElement(By.id("field-" + MachineForms.PRIORITY)))
                .getFirstSelectedOption().getText()).isEqualTo("Normal");
        assertThat(browser.findElement(By.id("field-" + MachineForms.QUANTITY)).getDomProperty("value"))
                .isEqualTo("1");
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
