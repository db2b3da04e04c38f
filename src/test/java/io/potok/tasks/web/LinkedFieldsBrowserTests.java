package io.potok.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import io.potok.HeadlessChromium;
import io.potok.LinkedFieldsFixture;
import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.Forms;
import io.potok.tasks.TaskLists;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Fills form_link and file fields on the new-task and task pages in headless Chromium: picks a client task
 * through the search picker, uploads a document, then replaces it with a new version.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class LinkedFieldsBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Tasks tasks;

    @Autowired
    TaskLists lists;

    LinkedFieldsFixture fixture;
    WebDriver browser;
    Path folder;

    @BeforeEach
    void signIn() throws IOException {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long orgId = organizations.organization();
        long writerId = organizations.member(orgId, null);
        fixture = new LinkedFieldsFixture(orgId, writerId, organizations.member(orgId, null), forms, tasks, lists);
        jdbc.sql("update members set password_hash = '{noop}secret' where id = :id").param("id", writerId).update();
        folder = Files.createTempDirectory("potok-upload");
        browser = HeadlessChromium.start(1280, 900);
        String email = jdbc.sql("select email from members where id = :id").param("id", writerId)
                .query(String.class).single();
        HeadlessChromium.signIn(browser, url("/login"), email, "secret");
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void newTaskLinksTaskAndUploadsFile() throws IOException {
        browser.get(url("/tasks/new?form=" + fixture.contracts.id()));
        browser.findElement(By.id("field-1")).sendKeys("Договор поставки");
        browser.findElement(By.id("field-2")).sendKeys("зерно");
        By option = By.cssSelector(".form-link-option[data-task-id='" + fixture.visibleClientId + "']");
        // a slower keystroke can send a second search whose response replaces the list under the click
        waitFor().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(option).click();
            return true;
        });
        waitFor().until(driver -> !driver.findElements(By.cssSelector("#field-2-linked li")).isEmpty());
        browser.findElement(By.id("field-3-upload")).sendKeys(file("contract.txt", "Первая редакция").toString());
        browser.findElement(By.id("save")).click();
        waitFor().until(ExpectedConditions.urlMatches("/tasks/\\d+$"));

        WebElement linked = browser.findElement(By.cssSelector("#field-2-linked a.linked-task"));
        assertThat(linked.getText()).isEqualTo(fixture.visibleClientSubject);
        assertThat(linked.getDomAttribute("href")).isEqualTo("/tasks/" + fixture.visibleClientId);
        assertThat(browser.findElements(By.cssSelector("#field-2-linked b"))).isEmpty();
        WebElement document = browser.findElement(By.cssSelector("#field-3 .field-files li"));
        assertThat(document.getText()).contains("contract.txt").contains("1");
        assertThat(document.getDomAttribute("data-version")).isEqualTo("1");

        TaskView task = tasks.view(fixture.writer, taskIdFromUrl());
        JsonNode documents = value(task, LinkedFieldsFixture.DOCUMENTS);
        assertThat(documents.get(0).get("name").asString()).isEqualTo("contract.txt");
        assertThat(value(task, LinkedFieldsFixture.CLIENT).get("task_ids").get(0).asLong())
                .isEqualTo(fixture.visibleClientId);
    }

    @Test
    void taskPageReplacesFileVersion() throws IOException {
        browser.get(url("/tasks/new?form=" + fixture.contracts.id()));
        browser.findElement(By.id("field-3-upload")).sendKeys(file("price.txt", "Старые цены").toString());
        browser.findElement(By.id("save")).click();
        waitFor().until(ExpectedConditions.urlMatches("/tasks/\\d+$"));
        long taskId = taskIdFromUrl();
        long firstId = value(tasks.view(fixture.writer, taskId), LinkedFieldsFixture.DOCUMENTS).get(0).get("id").asLong();

        browser.findElement(By.id("field-3-replace-" + firstId)).sendKeys(file("price.txt", "Новые цены").toString());
        browser.findElement(By.id("save")).click();
        waitFor().until(driver -> !driver.findElements(By.id("field-3-versions")).isEmpty());

        WebElement current = browser.findElement(By.cssSelector("#field-3 .field-files li"));
        assertThat(current.getDomAttribute("data-version")).isEqualTo("2");
        WebElement earlier = browser.findElement(By.cssSelector("#field-3-versions li"));
        assertThat(earlier.getDomAttribute("data-file")).isEqualTo(String.valueOf(firstId));
        assertThat(earlier.findElement(By.tagName("a")).getDomAttribute("href"))
                .isEqualTo("/tasks/" + taskId + "/files/" + firstId);
    }

    private static JsonNode value(TaskView task, int fieldId) {
        for (JsonNode field : task.fields()) {
            if (field.get("id").asInt() == fieldId) {
                return field.get("value");
            }
        }
        throw new AssertionError("No field " + fieldId);
    }

    private long taskIdFromUrl() {
        String current = browser.getCurrentUrl();
        return Long.parseLong(current.substring(current.lastIndexOf('/') + 1));
    }

    private Path file(String name, String content) throws IOException {
        Path directory = Files.createTempDirectory(folder, "file");
        return Files.writeString(directory.resolve(name), content, StandardCharsets.UTF_8);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
