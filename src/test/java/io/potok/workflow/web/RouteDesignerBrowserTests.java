package io.potok.workflow.web;

import static io.potok.RouteFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.potok.HeadlessChromium;
import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.forms.Condition;
import io.potok.forms.Form;
import io.potok.forms.FormDrafts;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.Assignees;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Drives the route designer in headless Chromium on a phone-sized window: adds a conditional step and checks
 * it in test mode. Runs where Debian's Chromium is installed. With the system property
 * {@code potok.screenshots} set to a folder, it also saves phone and desktop screenshots there.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class RouteDesignerBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    FormDrafts drafts;

    RouteFixtures fixtures;
    Form form;
    WebDriver browser;

    @BeforeEach
    void signInAsAdministrator() throws IOException {
        fixtures = new RouteFixtures(jdbc, forms);
        form = fixtures.form(step(1, "Repair", null, Assignees.anyOf(fixtures.member("Egor"))));
        fixtures.member("Anna");
        long admin = fixtures.member("Olga");
        jdbc.sql("update members set password_hash = '{noop}secret', is_admin = true where id = :id")
                .param("id", admin).update();
        String email = jdbc.sql("select email from members where id = :id").param("id", admin)
                .query(String.class).single();

        browser = HeadlessChromium.start(390, 844);
        HeadlessChromium.signIn(browser, url("/login"), email, "secret");
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void conditionalStepTakenInTestMode() {
        browser.get(url("/forms/" + form.id() + "/design/route"));
        WebElement repairAssignees = waitFor().until(driver -> driver.findElement(
                By.cssSelector("[data-step-index='1'] .assignee-members")));
        assertThat(new Select(repairAssignees).getAllSelectedOptions()).extracting(WebElement::getText)
                .containsExactly("Egor Tester");

        browser.findElement(By.id("add-step")).click();
        WebElement invoice = waitFor().until(driver -> driver.findElement(By.cssSelector("[data-step-index='2']")));
        WebElement name = invoice.findElement(By.cssSelector(".step-name"));
        name.clear();
        name.sendKeys("Invoice");
        invoice.findElement(By.cssSelector(".step-condition .add-condition")).click();
        invoice.findElement(By.cssSelector(".step-condition .rule-choice[value='2']")).click();
        new Select(invoice.findElement(By.cssSelector(".rule-kind"))).selectByValue("members");
        new Select(waitFor().until(driver -> invoice.findElement(By.cssSelector(".assignee-members"))))
                .selectByVisibleText("Anna Tester");
        waitFor().until(driver -> driver.findElement(By.id("save-status")).getText().startsWith("Сохранено"));

        WebElement kind = waitFor().until(driver -> driver.findElement(By.cssSelector(".test-field[data-field='1'] select")));
        new Select(kind).selectByVisibleText("paid");
        browser.findElement(By.id("run-test")).click();
        WebElement taken = waitFor().until(driver -> driver.findElement(By.cssSelector("#test-result li[data-step='2']")));

        assertThat(taken.getDomAttribute("data-outcome")).isEqualTo("taken");
        assertThat(taken.getText()).contains("Invoice").contains("Anna Tester");

        new Select(browser.findElement(By.cssSelector(".test-field[data-field='1'] select"))).selectByVisibleText("warranty");
        browser.findElement(By.id("run-test")).click();
        waitFor().until(driver -> "condition_false".equals(driver.findElement(By.cssSelector("#test-result li[data-step='2']"))
                .getDomAttribute("data-outcome")));

        screenshots("route-designer");

        RouteDefinition saved = drafts.find(fixtures.org, form.id()).orElseThrow().definition().route();
        assertThat(saved.steps()).hasSize(2);
        assertThat(saved.steps().get(1).name()).isEqualTo("Invoice");
        assertThat(saved.steps().get(1).condition())
                .isEqualTo(Condition.field(RouteFixtures.KIND, Condition.Operator.EQUALS, RouteFixtures.PAID));
        assertThat(saved.steps().get(1).assignees().get(0).who().kind()).isEqualTo(Assignees.Kind.MEMBERS);
    }

    private void screenshots(String name) {
        String folder = System.getProperty("potok.screenshots");
        if (folder == null) {
            return;
        }
        try {
            for (int width : new int[] {390, 1280}) {
                browser.manage().window().setSize(new Dimension(width, 2400));
                Path file = Path.of(folder, name + "-" + width + ".png");
                Files.createDirectories(file.getParent());
                Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            }
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
