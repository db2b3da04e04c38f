package io.potok.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import io.potok.HeadlessChromium;
import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.identity.CurrentMember;
import io.potok.tasks.NewTask;
import io.potok.tasks.Tasks;
import io.potok.tasks.internal.ReminderFiring;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A member sets "remind me" on the task page, sees the task come to the top of the inbox with a reminder mark
 * once the reminder fires, then defers the task and brings it back. The test fires reminders with an explicit
 * moment instead of waiting for the minute check.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class ReminderBrowserTests {

    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Tasks tasks;

    @Autowired
    ReminderFiring firing;

    @Autowired
    Clock clock;

    String email;
    long taskId;
    WebDriver browser;

    @BeforeEach
    void taskForMember() throws IOException {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long orgId = organizations.organization();
        long memberId = organizations.member(orgId, null);
        CurrentMember author = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), false);
        jdbc.sql("update members set password_hash = '{noop}secret' where id = :id").param("id", memberId).update();
        email = jdbc.sql("select email from members where id = :id").param("id", memberId).query(String.class).single();
        taskId = tasks.create(author, NewTask.simple("Call the client back", memberId, null)).id();
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void remindAndDeferFromTaskPage() {
        HeadlessChromium.signIn(browser, url("/login"), email, "secret");
        LocalDateTime tomorrowTen = LocalDate.ofInstant(clock.instant(), MOSCOW).plusDays(1).atTime(10, 0);
        Instant remindAt = tomorrowTen.atZone(MOSCOW).toInstant();

        openTask();
        type(By.id("reminder-at"), tomorrowTen.truncatedTo(ChronoUnit.MINUTES).toString());
        WebElement save = browser.findElement(By.id("reminder-save"));
        save.click();
        waitFor().until(ExpectedConditions.stalenessOf(save));
        WebElement reminder = waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("reminder-set")));
        assertThat(reminder.getDomAttribute("data-at")).isEqualTo(remindAt.toString());

        firing.fireDue(remindAt.plus(Duration.ofMinutes(1)));
        browser.get(url("/inbox"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-reminder-" + taskId)));
        assertThat(browser.findElement(By.cssSelector("#inbox li")).getDomAttribute("data-task"))
                .isEqualTo(String.valueOf(taskId));

        openTask();
        type(By.id("deferral-until"), LocalDate.ofInstant(clock.instant(), MOSCOW).plusDays(2).toString());
        WebElement defer = browser.findElement(By.id("deferral-save"));
        defer.click();
        waitFor().until(ExpectedConditions.stalenessOf(defer));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("deferral-set")));
        browser.get(url("/inbox"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("h1")));
        assertThat(browser.findElements(By.id("inbox-task-" + taskId))).isEmpty();

        openTask();
        WebElement cancel = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("deferral-cancel")));
        cancel.click();
        waitFor().until(ExpectedConditions.stalenessOf(cancel));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("reminder-at")));
        assertThat(browser.findElements(By.id("deferral-set"))).isEmpty();
        browser.get(url("/inbox"));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("inbox-task-" + taskId)));
    }

    private void openTask() {
        browser.get(url("/tasks/" + taskId));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("reminder-at")));
    }

    /** Sets a date or time input's value the way a picker does, since typing into them depends on the locale. */
    private void type(By locator, String value) {
        WebElement input = browser.findElement(locator);
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", input, value);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
