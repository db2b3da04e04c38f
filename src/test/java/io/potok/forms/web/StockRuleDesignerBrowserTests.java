package io.potok.forms.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.potok.HeadlessChromium;
import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.forms.StockRule;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator turns on the stock rule of an order form in the designer's stock panel, picks the reserve
 * and ship steps, and publishes: the published version carries the rule with the form's table, columns and
 * warehouse field.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class StockRuleDesignerBrowserTests {

    static final int REGION = 1;
    static final int LINES = 2;
    static final int PRODUCT = 3;
    static final int QUANTITY = 4;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Catalogs catalogs;

    long org;
    String adminEmail;
    WebDriver browser;

    @BeforeEach
    void start() throws IOException {
        TestOrganizations people = new TestOrganizations(jdbc);
        org = people.organization();
        long admin = people.member(org, null);
        jdbc.sql("update members set password_hash = '{noop}secret', is_admin = true where id = :id")
                .param("id", admin).update();
        adminEmail = jdbc.sql("select email from members where id = :id").param("id", admin)
                .query(String.class).single();
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void panelPublishesStockRule() {
        long formId = orderForm().id();
        HeadlessChromium.signIn(browser, url("/login"), adminEmail, "secret");
        browser.get(url("/forms/" + formId + "/design"));

        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("stock-rule-enabled"))).click();
        new Select(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("stock-rule-reserve"))))
                .selectByValue("1");
        new Select(browser.findElement(By.id("stock-rule-ship"))).selectByValue("2");
        waitFor().until(ExpectedConditions.elementToBeClickable(By.id("publish"))).click();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("published")));

        StockRule rule = forms.find(org, formId).orElseThrow().definition().stock();
        assertThat(rule).isEqualTo(new StockRule(LINES, PRODUCT, QUANTITY, REGION, false, 1, 2));
    }

    private Form orderForm() {
        long catalogId = catalogs.create(org, "Товары", List.of(new Catalog.Header("Артикул", "text")),
                List.of(List.of("CM-001"))).id();
        List<FieldDefinition> fields = List.of(
                FieldDefinition.of(REGION, "Регион", FieldType.TEXT),
                FieldDefinition.of(LINES, "Позиции", FieldType.TABLE).withFields(List.of(
                        FieldDefinition.of(PRODUCT, "Товар", FieldType.CATALOG).withInfo(FieldSettings.catalog(catalogId)),
                        FieldDefinition.of(QUANTITY, "Количество", FieldType.NUMBER))));
        List<Step> steps = List.of(
                new Step(1, "Менеджер", null, List.of(new AssigneeRule(null, Assignees.author())), null),
                new Step(2, "Склад", null, List.of(new AssigneeRule(null, Assignees.author())), null));
        return forms.create(org, "Заказы " + System.nanoTime(), new FormDefinition(fields, new RouteDefinition(steps)),
                null);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
