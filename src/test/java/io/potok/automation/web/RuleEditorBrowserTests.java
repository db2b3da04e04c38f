package io.potok.automation.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.potok.HeadlessChromium;
import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.Condition;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RuleDefinition;
import io.potok.forms.RuleDefinition.ActionKind;
import io.potok.forms.RuleDefinition.TriggerKind;
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
 * Drives the rules page in headless Chromium. An administrator builds a rule that sends IT requests about 1С
 * to the accounting-systems team and publishes it. A member's request then lands with that team, and the
 * rule's run shows on the task and on the rule. Other tests edit conditions and actions, check the saved
 * draft and read the problems a publish reports. Each test builds its own organisation with a form shaped
 * like the demo's «Заявка в ИТ», so the shared demo workspace stays untouched.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class RuleEditorBrowserTests {

    private static final Pattern TASK_URL = Pattern.compile("/tasks/(\\d+)$");
    private static final int SUBJECT = 1;
    private static final int DESCRIPTION = 2;
    private static final int URGENT = 3;

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
    String requester;
    long accountant;
    long accountingRoleId;
    String accountingRole;
    Form form;
    WebDriver browser;

    @BeforeEach
    void createItDepartment() throws IOException {
        fixtures = new RouteFixtures(jdbc, forms);
        TestOrganizations organizations = new TestOrganizations(jdbc);
        admin = withPassword(fixtures.member("Olga"), true);
        requester = withPassword(fixtures.member("Ivan"), false);
        long helpdesk = fixtures.member("Egor");
        accountant = fixtures.member("Pavel");
        long itRole = organizations.role(fixtures.org, helpdesk);
        accountingRoleId = organizations.role(fixtures.org, accountant);
        accountingRole = "ИТ: учётные системы " + UUID.randomUUID().toString().substring(0, 8);
        jdbc.sql("update roles set name = :name where id = :id").param("name", accountingRole)
                .param("id", accountingRoleId).update();
        form = forms.create(fixtures.org, "Заявка в ИТ", itRequest(itRole), null);
        forms.grant(fixtures.org, form.id(), FormGrant.everyone(AccessLevel.MEMBER));

        browser = HeadlessChromium.start(1280, 1000);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void oneCRequestAssignedToAccountingTeam() {
        signIn(admin);
        browser.get(url("/forms/" + form.id() + "/design"));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("tab-rules"))).click();
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("add-rule"))).click();

        WebElement rule = waitFor().until(driver -> driver.findElement(By.cssSelector("[data-rule-index='1'] .rule-body")));
        WebElement name = browser.findElement(By.cssSelector("[data-rule-index='1'] .rule-name"));
        name.clear();
        name.sendKeys("1С → учётные системы");
        assertThat(new Select(rule.findElement(By.cssSelector(".trigger-kind"))).getFirstSelectedOption().getDomAttribute("value"))
                .isEqualTo("task_created");
        rule.findElement(By.cssSelector(".rule-condition .add-condition")).click();
        new Select(waitFor().until(driver -> rule.findElement(By.cssSelector(".rule-operator")))).selectByValue("contains");
        WebElement value = waitFor().until(driver -> rule.findElement(By.cssSelector(".rule-condition .rule-value")));
        value.sendKeys("1С");
        value.sendKeys("\t");
        rule.findElement(By.cssSelector(".add-action")).click();
        new Select(waitFor().until(driver -> rule.findElement(By.cssSelector(".action-kind")))).selectByValue("assign");
        new Select(waitFor().until(driver -> rule.findElement(By.cssSelector(".assignee-kind")))).selectByValue("role");
        new Select(waitFor().until(driver -> rule.findElement(By.cssSelector(".assignee-role")))).selectByVisibleText(accountingRole);
        waitForSaved();

        browser.findElement(By.id("publish")).click();
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("published")));
        RuleDefinition published = forms.find(fixtures.org, form.id()).orElseThrow().definition().automation().rules().get(0);
        assertThat(published.name()).isEqualTo("1С → учётные системы");
        assertThat(published.trigger().kind()).isEqualTo(TriggerKind.TASK_CREATED);
        assertThat(published.condition()).isEqualTo(Condition.field(SUBJECT, Condition.Operator.CONTAINS, "1С"));
        assertThat(published.actions()).hasSize(1);
        assertThat(published.actions().get(0).assignees()).isEqualTo(Assignees.role(accountingRoleId));

        signIn(requester);
        browser.get(url("/tasks/new?form=" + form.id()));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("field-" + SUBJECT)))
                .sendKeys("Не проводится счёт в 1С");
        browser.findElement(By.id("field-" + DESCRIPTION)).sendKeys("Ошибка при проведении");
        long taskId = saveNewTask();

        WebElement responsible = waitFor().until(driver -> driver.findElement(By.id("task-responsible")));
        assertThat(responsible.getText()).isEqualTo("Pavel Tester");
        WebElement runs = waitFor().until(driver -> driver.findElement(By.cssSelector("#task-rule-runs tr.run")));
        assertThat(runs.getDomAttribute("data-outcome")).isEqualTo("done");
        assertThat(runs.findElement(By.cssSelector(".run-rule")).getText()).isEqualTo("1С → учётные системы");
        assertThat(runs.findElement(By.cssSelector(".run-condition")).getText()).isEqualTo("выполнены");
        assertThat(runs.findElement(By.cssSelector(".run-actions")).getText()).startsWith("назначить");

        signIn(admin);
        browser.get(url("/forms/" + form.id() + "/design/rules"));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.cssSelector("[data-rule-index='1'] .edit-rule"))).click();
        WebElement taskLink = waitFor().until(driver -> driver.findElement(By.cssSelector(".rule-runs .run-task")));
        assertThat(taskLink.getText()).isEqualTo("#" + taskId);
    }

    @Test
    void requestWithoutOneCKeepsRouteAssignee() {
        RuleDefinition rule = new RuleDefinition("one-c", "1С", true, RuleDefinition.Trigger.of(TriggerKind.TASK_CREATED),
                Condition.field(SUBJECT, Condition.Operator.CONTAINS, "1С"),
                List.of(new RuleDefinition.Action(ActionKind.ASSIGN, null, null, null, null,
                        Assignees.role(accountingRoleId), null, null, null, null, null, null, null)));
        forms.publish(fixtures.org, form.id(), form.definition().withAutomation(
                form.definition().automation().withRules(List.of(rule))), null);

        signIn(requester);
        browser.get(url("/tasks/new?form=" + form.id()));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("field-" + SUBJECT))).sendKeys("Сломался принтер");
        saveNewTask();

        WebElement run = waitFor().until(driver -> driver.findElement(By.cssSelector("#task-rule-runs tr.run")));
        assertThat(run.getDomAttribute("data-outcome")).isEqualTo("skipped");
        assertThat(run.findElement(By.cssSelector(".run-condition")).getText()).isEqualTo("не выполнены");
        assertThat(browser.findElements(By.id("task-responsible")).stream().map(WebElement::getText).toList())
                .doesNotContain("Pavel Tester");
    }

    @Test
    void conditionsAndActionsSavedToDraft() {
        signIn(admin);
        browser.get(url("/forms/" + form.id() + "/design/rules"));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("add-rule"))).click();
        WebElement rule = waitFor().until(driver -> driver.findElement(By.cssSelector("[data-rule-index='1'] .rule-body")));

        new Select(rule.findElement(By.cssSelector(".trigger-kind"))).selectByValue("field_changed");
        new Select(waitFor().until(driver -> rule.findElement(By.cssSelector(".trigger-field")))).selectByValue(String.valueOf(URGENT));
        new Select(waitFor().until(driver -> rule.findElement(By.cssSelector(".trigger-value")))).selectByValue("checked");

        rule.findElement(By.cssSelector(".rule-condition .add-condition")).click();
        WebElement operator = waitFor().until(driver -> rule.findElement(By.cssSelector(".rule-operator")));
        assertThat(new Select(operator).getOptions()).extracting(option -> option.getDomAttribute("value"))
                .contains("contains", "not_contains");
        new Select(operator).selectByValue("not_contains");
        WebElement value = waitFor().until(driver -> rule.findElement(By.cssSelector(".rule-condition .rule-value")));
        value.sendKeys("тест; проверка\t");

        rule.findElement(By.cssSelector(".add-action")).click();
        new Select(waitFor().until(driver -> rule.findElement(By.cssSelector(".action-kind")))).selectByValue("comment");
        waitFor().until(driver -> rule.findElement(By.cssSelector(".action-template"))).sendKeys("Срочно: {Тема}");
        rule.findElement(By.cssSelector(".add-action")).click();
        WebElement second = waitFor().until(driver -> rule.findElement(By.cssSelector("[data-action-index='2']")));
        new Select(second.findElement(By.cssSelector(".action-kind"))).selectByValue("move_to_step");
        new Select(waitFor().until(driver -> second.findElement(By.cssSelector(".action-step")))).selectByValue("1");
        second.findElement(By.cssSelector("button[aria-label='Поднять действие']")).click();

        browser.findElement(By.cssSelector("[data-rule-index='1'] .duplicate-rule")).click();
        waitFor().until(driver -> driver.findElement(By.cssSelector("[data-rule-index='2']")));
        browser.findElement(By.cssSelector("[data-rule-index='2'] .rule-enabled")).click();
        waitForSaved();

        List<RuleDefinition> rules = drafts.find(fixtures.org, form.id()).orElseThrow().definition().automation().rules();
        assertThat(rules).hasSize(2);
        RuleDefinition first = rules.get(0);
        assertThat(first.enabled()).isTrue();
        assertThat(first.trigger().kind()).isEqualTo(TriggerKind.FIELD_CHANGED);
        assertThat(first.trigger().fieldId()).isEqualTo(URGENT);
        assertThat(first.trigger().value().asString()).isEqualTo("checked");
        assertThat(first.condition()).isEqualTo(Condition.field(SUBJECT, Condition.Operator.NOT_CONTAINS, "тест", "проверка"));
        assertThat(first.actions()).extracting(RuleDefinition.Action::kind)
                .containsExactly(ActionKind.MOVE_TO_STEP, ActionKind.COMMENT);
        assertThat(first.actions().get(0).step()).isEqualTo(1);
        assertThat(first.actions().get(1).template()).isEqualTo("Срочно: {Тема}");
        RuleDefinition copy = rules.get(1);
        assertThat(copy.enabled()).isFalse();
        assertThat(copy.id()).isNotEqualTo(first.id());
        assertThat(copy.actions()).isEqualTo(first.actions());
    }

    @Test
    void publishListsRuleProblems() {
        signIn(admin);
        browser.get(url("/forms/" + form.id() + "/design/rules"));
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("add-rule"))).click();
        WebElement rule = waitFor().until(driver -> driver.findElement(By.cssSelector("[data-rule-index='1'] .rule-body")));
        WebElement name = browser.findElement(By.cssSelector("[data-rule-index='1'] .rule-name"));
        name.clear();
        name.sendKeys("Ответ");
        rule.findElement(By.cssSelector(".add-action")).click();
        new Select(waitFor().until(driver -> rule.findElement(By.cssSelector(".action-kind")))).selectByValue("comment");
        waitFor().until(driver -> rule.findElement(By.cssSelector(".action-template"))).sendKeys("Принято: {Номер}");
        waitForSaved();

        browser.findElement(By.id("publish")).click();

        WebElement problems = waitFor().until(driver -> driver.findElement(By.id("publish-problems")));
        assertThat(problems.getText()).contains("«Ответ»").contains("{Номер}");
        assertThat(forms.find(fixtures.org, form.id()).orElseThrow().definition().automation().rules()).isEmpty();
    }

    private static FormDefinition itRequest(long itRole) {
        List<FieldDefinition> fields = List.of(
                FieldDefinition.of(SUBJECT, "Тема", FieldType.TEXT).requiredFrom(0),
                FieldDefinition.of(DESCRIPTION, "Описание", FieldType.TEXT).withInfo(FieldSettings.multilineText()),
                FieldDefinition.of(URGENT, "Срочно", FieldType.CHECKMARK));
        return new FormDefinition(fields, new RouteDefinition(List.of(
                RouteFixtures.step(1, "ИТ", null, Assignees.role(itRole)))));
    }

    private void waitForSaved() {
        waitFor().until(driver -> driver.findElement(By.id("save-status")).getText().startsWith("Сохранено"));
    }

    private long saveNewTask() {
        browser.findElement(By.id("save")).click();
        waitFor().until(ExpectedConditions.urlMatches(TASK_URL.pattern()));
        Matcher matcher = TASK_URL.matcher(browser.getCurrentUrl());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
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

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
