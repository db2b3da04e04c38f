package io.potok;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormDrafts;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The whole life of a form, acted out through the pages in headless Chromium. An administrator builds a
 * form with a choice and a table, gives it a route whose second step runs only for urgent requests, and
 * publishes it. A member files an urgent request. The administrator then adds a required field and
 * publishes again. The old request still opens with its values, both approvers approve it and it closes.
 * A new request on the new version cannot be filed without the new field, and an ordinary one closes
 * after the first step because the urgent step is skipped.
 *
 * <p>No page grants access to a form yet, so the test grants the member access through {@link Forms}.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class FormLifecycleBrowserTests {

    private static final Pattern TASK_URL = Pattern.compile("/tasks/(\\d+)$");
    private static final String FORM_NAME = "Заявка на ремонт";

    // the designer numbers fields and options from 1 in the order they are added
    private static final int ADDRESS = 1;
    private static final int URGENCY = 2;
    private static final int WORKS = 3;
    private static final int HOURS = 4;
    private static final int COST = 5;
    private static final int CONTRACT = 6;
    private static final String ORDINARY = "1";
    private static final String URGENT = "2";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    FormDrafts drafts;

    RouteFixtures fixtures;
    String admin;
    String author;
    String checker;
    String urgentApprover;
    long authorId;
    WebDriver browser;

    @BeforeEach
    void createMembers() throws IOException {
        fixtures = new RouteFixtures(jdbc, forms);
        admin = withPassword(fixtures.member("Olga"), true);
        authorId = fixtures.member("Pavel");
        author = withPassword(authorId, false);
        checker = withPassword(fixtures.member("Egor"), false);
        urgentApprover = withPassword(fixtures.member("Anna"), false);
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void oldTaskClosesAfterRepublish() {
        signIn(admin);
        long formId = createForm();
        addField("text", "Адрес");
        addChoice("Срочность", "обычная", "срочная");
        addField("table", "Работы");
        addColumn(WORKS, "number", "Часы");
        addColumn(WORKS, "money", "Стоимость");
        addStep(1, "Проверка", "Egor Tester");
        addStep(2, "Срочное согласование", "Anna Tester");
        requireChoice(2, "Срочность", URGENT);
        assertThat(publish(formId)).contains("Версия " + version(formId) + " опубликована");
        forms.grant(fixtures.org, formId, FormGrant.member(authorId, AccessLevel.MEMBER));

        signIn(author);
        long taskId = fileUrgentTask(formId);
        assertThat(currentStep()).isEqualTo("1");

        signIn(admin);
        int before = version(formId);
        addRequiredField(formId, "text", "Номер договора");
        assertThat(publish(formId)).contains("Версия " + (before + 1) + " опубликована");
        assertThat(version(formId)).isEqualTo(before + 1);

        signIn(author);
        openTask(taskId);
        assertShowsFiledValues();

        signIn(checker);
        openTask(taskId);
        assertShowsFiledValues();
        approve();
        assertThat(currentStep()).isEqualTo("2");

        signIn(urgentApprover);
        openTask(taskId);
        assertShowsFiledValues();
        approve();
        assertThat(attribute(By.id("task-status"), "data-closed")).isEqualTo("true");
        assertThat(browser.findElement(By.cssSelector("#route li[data-step='2']")).getText())
                .contains("Срочное согласование").contains("Anna Tester");
        assertThat(approvalChoices(2)).containsExactly("approved");
        assertThat(browser.findElements(By.id("approve"))).isEmpty();

        signIn(author);
        assertNewTaskNeedsContract(formId);
        long ordinaryId = fileOrdinaryTaskWithContract();

        signIn(checker);
        openTask(ordinaryId);
        assertThat(shown(input(CONTRACT))).isEqualTo("Д-17");
        approve();
        assertThat(attribute(By.id("task-status"), "data-closed")).isEqualTo("true");
        assertThat(approvalChoices(1)).containsExactly("approved");
        assertThat(approvalChoices(2)).doesNotContain("approved", "waiting");
    }

    // --- the administrator's actions ---

    private long createForm() {
        browser.get(url("/forms"));
        browser.findElement(By.id("new-form-name")).sendKeys(FORM_NAME);
        browser.findElement(By.id("create-form-submit")).click();
        waitFor().until(ExpectedConditions.urlMatches("/forms/\\d+/design$"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-draft")));
        return forms.list(fixtures.org).stream().filter(form -> form.name().equals(FORM_NAME))
                .findFirst().orElseThrow().id();
    }

    /** Adds a field of the type at the end of the form and names it. */
    private void addField(String type, String name) {
        new Select(browser.findElement(By.id("new-field-type"))).selectByValue(type);
        browser.findElement(By.id("add-field")).click();
        rename(name);
    }

    /** Adds a column of the type to the table, picking the table in the field tree first. */
    private void addColumn(int tableId, String type, String name) {
        new Select(browser.findElement(By.id("new-field-type"))).selectByValue(type);
        browser.findElement(By.cssSelector("#tree-field-" + tableId + " > .tree-row .tree-name")).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("add-child"))).click();
        rename(name);
    }

    private void addChoice(String name, String... options) {
        addField("multiple_choice", name);
        for (int index = 1; index <= options.length; index++) {
            browser.findElement(By.id("add-option")).click();
            WebElement option = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("option-" + index)));
            option.clear();
            option.sendKeys(options[index - 1]);
        }
    }

    private void rename(String name) {
        WebElement nameInput = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("field-name")));
        nameInput.clear();
        nameInput.sendKeys(name);
        waitFor().until(driver -> driver.findElements(By.cssSelector(".tree-item.selected > .tree-row .tree-name"))
                .stream().anyMatch(element -> element.getText().startsWith(name)));
    }

    /** Opens the designer on a published form, adds a field and makes it required when a task is created. */
    private void addRequiredField(long formId, String type, String name) {
        browser.get(url("/forms/" + formId + "/design"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("draft-base")));
        addField(type, name);
        new Select(browser.findElement(By.id("field-required"))).selectByValue("0");
    }

    /** Adds a step to the route in the route designer, to be approved by the named member. */
    private void addStep(int number, String name, String assignee) {
        openRouteDesigner();
        browser.findElement(By.id("add-step")).click();
        WebElement step = step(number);
        WebElement nameInput = step.findElement(By.cssSelector(".step-name"));
        nameInput.clear();
        nameInput.sendKeys(name);
        new Select(step.findElement(By.cssSelector(".rule-kind"))).selectByValue("members");
        new Select(waitFor().until(driver -> step.findElement(By.cssSelector(".assignee-members"))))
                .selectByVisibleText(assignee);
        waitUntilRouteSaved();
    }

    /** Makes the step run only when the choice field contains the option. */
    private void requireChoice(int number, String fieldName, String optionId) {
        WebElement step = step(number);
        step.findElement(By.cssSelector(".step-condition .add-condition")).click();
        new Select(waitFor().until(driver -> step.findElement(By.cssSelector(".step-condition .rule-field"))))
                .selectByVisibleText(fieldName);
        waitFor().until(driver -> step.findElement(By.cssSelector(".step-condition .rule-choice[value='" + optionId + "']")))
                .click();
        waitUntilRouteSaved();
    }

    private void openRouteDesigner() {
        if (!browser.getCurrentUrl().endsWith("/design/route")) {
            waitUntilDraftHolds(COST);
            browser.findElement(By.id("tab-route")).click();
            waitFor().until(ExpectedConditions.urlMatches("/design/route$"));
            waitFor().until(ExpectedConditions.elementToBeClickable(By.id("add-step")));
        }
    }

    /** Waits until the designer's autosave has stored the field, so that the route designer offers it. */
    private void waitUntilDraftHolds(int fieldId) {
        long formId = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/forms/(\\d+)/design$", "$1"));
        waitFor().until(driver -> drafts.draftOrCurrent(fixtures.org, formId).field(fieldId).isPresent());
    }

    private WebElement step(int number) {
        return waitFor().until(driver -> driver.findElement(By.cssSelector("[data-step-index='" + number + "']")));
    }

    private void waitUntilRouteSaved() {
        waitFor().until(driver -> driver.findElement(By.id("save-status")).getText().startsWith("Сохранено"));
    }

    /** Publishes the draft from the field designer and returns the confirmation shown. */
    private String publish(long formId) {
        if (!browser.getCurrentUrl().endsWith("/forms/" + formId + "/design")) {
            browser.get(url("/forms/" + formId + "/design"));
        }
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("publish"))).click();
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("published"))).getText();
    }

    private int version(long formId) {
        Form form = forms.find(fixtures.org, formId).orElseThrow();
        return form.version();
    }

    // --- the member's and approvers' actions ---

    /** Files an urgent request with two rows of work and returns the new task's id. */
    private long fileUrgentTask(long formId) {
        browser.get(url("/tasks/new?form=" + formId));
        fillFirstVersionFields();
        return saveNewTask();
    }

    private void fillFirstVersionFields() {
        browser.findElement(By.id(input(ADDRESS))).sendKeys("Тверская, 7");
        new Select(browser.findElement(By.id(input(URGENCY)))).selectByValue(URGENT);
        browser.findElement(By.id(cell(0, HOURS))).sendKeys("3");
        browser.findElement(By.id(cell(0, COST))).sendKeys("4500");
        browser.findElement(By.id("add-row-" + WORKS)).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id(cell(1, HOURS)))).sendKeys("1");
        browser.findElement(By.id(cell(1, COST))).sendKeys("1200");
    }

    private void openTask(long taskId) {
        browser.get(url("/tasks/" + taskId));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("task-status")));
    }

    private void assertShowsFiledValues() {
        assertThat(browser.findElements(By.id("form-error"))).isEmpty();
        assertThat(shown(input(ADDRESS))).isEqualTo("Тверская, 7");
        assertThat(shown(input(URGENCY))).isEqualTo("срочная");
        assertThat(shown(cell(0, HOURS))).isEqualTo("3");
        assertThat(shown(cell(0, COST))).startsWith("4500").doesNotContain("1200");
        assertThat(shown(cell(1, HOURS))).isEqualTo("1");
        assertThat(shown(cell(1, COST))).startsWith("1200");
        // the task stays on the version it was filed on, which has no contract field
        assertThat(browser.findElements(By.id(input(CONTRACT)))).isEmpty();
    }

    private void approve() {
        WebElement button = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("approve")));
        button.click();
        waitFor().until(ExpectedConditions.stalenessOf(button));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("task-status")));
    }

    private void assertNewTaskNeedsContract(long formId) {
        browser.get(url("/tasks/new?form=" + formId));
        assertThat(browser.findElement(By.cssSelector("label[for='" + input(CONTRACT) + "']")).getText())
                .startsWith("Номер договора").endsWith("*");
        fillFirstVersionFields();
        browser.findElement(By.id("save")).click();

        WebElement error = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("error-" + CONTRACT)));
        assertThat(error.getText()).isNotBlank();
        assertThat(browser.getCurrentUrl()).doesNotMatch(".*" + TASK_URL.pattern());
        assertThat(shown(input(ADDRESS))).isEqualTo("Тверская, 7");
    }

    /** Saves the new task form and returns the id of the task it opens. */
    private long saveNewTask() {
        browser.findElement(By.id("save")).click();
        waitFor().until(ExpectedConditions.urlMatches(TASK_URL.pattern()));
        Matcher matcher = TASK_URL.matcher(browser.getCurrentUrl());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    /** Completes the rejected new task with a contract number, makes it ordinary and files it. */
    private long fileOrdinaryTaskWithContract() {
        browser.findElement(By.id(input(CONTRACT))).sendKeys("Д-17");
        new Select(browser.findElement(By.id(input(URGENCY)))).selectByValue(ORDINARY);
        return saveNewTask();
    }

    private List<String> approvalChoices(int step) {
        return browser.findElements(By.cssSelector("#route li[data-step='" + step + "'] li[data-choice]")).stream()
                .map(approval -> approval.getDomAttribute("data-choice")).toList();
    }

    private String currentStep() {
        return attribute(By.id("task-step"), "data-step");
    }

    // --- page helpers ---

    /** Reads what a field shows: the chosen option of a list, the value of an input, or its text. */
    private String shown(String id) {
        WebElement element = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        if (element.getTagName().equals("select")) {
            return new Select(element).getFirstSelectedOption().getText().trim();
        }
        String value = element.getDomProperty("value");
        return value != null ? value : element.getText().trim();
    }

    private static String input(int fieldId) {
        return "field-" + fieldId;
    }

    private static String cell(int row, int columnId) {
        return "field-" + WORKS + "-" + row + "-" + columnId;
    }

    private String withPassword(long memberId, boolean orgAdmin) {
        jdbc.sql("update members set password_hash = '{noop}secret', is_admin = :admin where id = :id")
                .param("admin", orgAdmin).param("id", memberId).update();
        return jdbc.sql("select email from members where id = :id").param("id", memberId)
                .query(String.class).single();
    }

    private void signIn(String email) {
        HeadlessChromium.signIn(browser, url("/login"), email, "secret");
    }

    private String attribute(By locator, String name) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(locator)).getDomAttribute(name);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
