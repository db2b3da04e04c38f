package io.potok.forms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import io.potok.HeadlessChromium;
import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.Forms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organisation administrator builds a form in the designer in headless Chromium at phone width: creates
 * it, adds a text field and a table with two columns, drags a field to the top, previews and publishes,
 * and then files a task on it. With the system property {@code potok.screenshots} set to a folder, it
 * also saves phone and desktop screenshots of the designer there.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class FormDesignerBrowserTests {

    private static final String FORM_NAME = "Ремонт кофемашин";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    FormDrafts drafts;

    long orgId;
    WebDriver browser;

    @BeforeEach
    void signInAsAdministrator() throws IOException {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        orgId = organizations.organization();
        long adminId = organizations.member(orgId, null);
        jdbc.sql("update members set password_hash = '{noop}secret', is_admin = true where id = :id")
                .param("id", adminId).update();
        String email = jdbc.sql("select email from members where id = :id").param("id", adminId)
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
    void administratorBuildsAndPublishesForm() {
        Form form = createForm();
        addField("text", "Номер машины", null);
        addField("table", "Работы", null);
        addField("text", "Работа", 2);
        addField("money", "Стоимость", 2);
        addField("date", "Дата приёма", null);
        screenshots("designer");

        dragAbove(5, 1);

        waitFor().until(driver -> topLevelIds(form).equals(List.of(5, 1, 2)));
        FormDefinition draft = drafts.draftOrCurrent(orgId, form.id());
        assertThat(draft.field(2).orElseThrow().fields()).extracting(FieldDefinition::name)
                .containsExactly("Работа", "Стоимость");
        assertThat(draft.field(4)).map(FieldDefinition::type).contains(FieldType.MONEY);

        String preview = browser.findElement(By.id("preview")).getDomAttribute("href");
        assertThat(preview).isEqualTo("/forms/" + form.id() + "/design/preview");
        browser.get(url(preview));
        assertThat(browser.findElement(By.id("preview-banner")).isDisplayed()).isTrue();
        assertThat(labels()).containsSubsequence("Дата приёма", "Номер машины");
        assertThat(browser.findElement(By.id("add-row-2")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("save")).isEnabled()).isFalse();

        browser.get(url("/forms/" + form.id() + "/design"));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("publish"))).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("published")));
        assertThat(forms.find(orgId, form.id()).orElseThrow().version()).isEqualTo(2);

        browser.get(url("/tasks/new?form=" + form.id()));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo(FORM_NAME);
        assertThat(labels()).containsSubsequence("Дата приёма", "Номер машины");
        assertThat(browser.findElement(By.id("field-1")).isDisplayed()).isTrue();
        // a phone hides the table head and labels each cell instead, so the head is read from the DOM
        assertThat(browser.findElements(By.cssSelector("[data-table='2'] th")))
                .extracting(header -> header.getDomProperty("textContent")).startsWith("Работа", "Стоимость");
    }

    private Form createForm() {
        browser.get(url("/forms"));
        browser.findElement(By.id("new-form-name")).sendKeys(FORM_NAME);
        browser.findElement(By.id("create-form-submit")).click();
        waitFor().until(ExpectedConditions.urlMatches("/forms/\\d+/design$"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-draft")));
        return forms.list(orgId).stream().filter(each -> each.name().equals(FORM_NAME)).findFirst().orElseThrow();
    }

    /** Adds a field of the type at the end of the form, or of the table or section with the given id. */
    private void addField(String type, String name, Integer parentId) {
        new Select(browser.findElement(By.id("new-field-type"))).selectByValue(type);
        if (parentId == null) {
            browser.findElement(By.id("add-field")).click();
        } else {
            browser.findElement(By.cssSelector("#tree-field-" + parentId + " > .tree-row .tree-name")).click();
            waitFor().until(ExpectedConditions.elementToBeClickable(By.id("add-child"))).click();
        }
        WebElement nameInput = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("field-name")));
        nameInput.clear();
        nameInput.sendKeys(name);
        waitFor().until(driver -> driver.findElements(By.cssSelector(".tree-item.selected > .tree-row .tree-name"))
                .stream().anyMatch(element -> element.getText().startsWith(name)));
    }

    /** Drags the field by its handle onto the top half of another field's row, as a mouse would. */
    private void dragAbove(int fieldId, int targetId) {
        WebElement handle = browser.findElement(By.cssSelector("#tree-field-" + fieldId + " > .tree-row .tree-handle"));
        WebElement target = browser.findElement(By.cssSelector("#tree-field-" + targetId + " > .tree-row"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", target);
        new Actions(browser).moveToElement(handle).clickAndHold().pause(Duration.ofMillis(200))
                .moveByOffset(0, -10).pause(Duration.ofMillis(200))
                .moveToElement(target, 0, -target.getSize().getHeight() / 4).pause(Duration.ofMillis(300))
                .moveToElement(target, 0, -target.getSize().getHeight() / 3).pause(Duration.ofMillis(300))
                .release().perform();
    }

    private List<Integer> topLevelIds(Form form) {
        return drafts.draftOrCurrent(orgId, form.id()).fields().stream().map(FieldDefinition::id).toList();
    }

    private List<String> labels() {
        return browser.findElements(By.cssSelector("#task-form .field > label")).stream()
                .map(WebElement::getText).toList();
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
                Files.write(file, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
            }
            browser.manage().window().setSize(new Dimension(390, 844));
        } catch (IOException failed) {
            throw new java.io.UncheckedIOException(failed);
        }
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
