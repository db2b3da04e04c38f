package io.potok.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;

import io.potok.HeadlessChromium;
import io.potok.PotokTest;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A retail manager of the demo workspace adds an order line for a machine the Новосибирск warehouse has none
 * of, sees the stock warning under the line at once, saves the order, and finds the warning in its history.
 * Runs where Debian's Chromium and its driver are installed.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class StockWarningBrowserTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    WebDriver browser;
    long orgId;
    long ordersFormId;

    @BeforeEach
    void startBrowser() throws IOException {
        orgId = jdbc.sql("select id from organizations where is_demo order by id limit 1").query(Long.class).single();
        ordersFormId = jdbc.sql("select id from forms where org_id = :org and name = :name")
                .param("org", orgId).param("name", DemoWorkspace.ORDERS_FORM).query(Long.class).single();
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void managerSeesWarningForLineAboveStock() {
        HeadlessChromium.signIn(browser, url("/login"), DemoWorkspace.email("retail1"), DemoWorkspace.PASSWORD);
        browser.get(url("/tasks/new?form=" + ordersFormId));
        pickCatalogItem("field-" + DemoWorkspace.CLIENT, "[data-field='" + DemoWorkspace.CLIENT + "']",
                retailClient().key());
        choose(DemoWorkspace.CLIENT_TYPE, DemoWorkspace.CLIENT_TYPE_RETAIL);
        choose(DemoWorkspace.SOURCE, DemoWorkspace.SOURCE_RETAIL_STORE);
        choose(DemoWorkspace.REGION, DemoWorkspace.REGION_NOVOSIBIRSK);
        choose(DemoWorkspace.DELIVERY, DemoWorkspace.DELIVERY_COURIER);

        String prefix = "field-" + DemoWorkspace.LINES + "-0-";
        pickCatalogItem(prefix + DemoWorkspace.LINE_PRODUCT, "tr[data-row='0']", "CM-001");
        browser.findElement(By.id(prefix + DemoWorkspace.LINE_QUANTITY)).sendKeys("1");
        browser.findElement(By.id(prefix + DemoWorkspace.LINE_PRICE)).sendKeys("24990.00");

        String warning = waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("stock-warning-0")))
                .getText();
        String hint = browser.findElement(By.id("stock-hint-0")).getText();
        assertThat(hint).contains("Новосибирск").endsWith(": 0");
        assertThat(warning).contains("заказано 1, доступно 0");

        browser.findElement(By.id("save")).click();
        waitFor().until(ExpectedConditions.urlMatches("/tasks/\\d+$"));
        String recorded = waitFor().until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#history tr[data-action='stock_warning']"))).getText();
        assertThat(recorded).contains("Количество больше остатка на складе");
        assertThat(recorded).contains("«CM-001», склад «Новосибирск»: заказано 1, доступно 0");
    }

    private CatalogItem retailClient() {
        long clientsId = catalogs.list(orgId).stream()
                .filter(catalog -> catalog.name().equals(DemoWorkspace.CLIENTS_CATALOG)).findFirst().orElseThrow().id();
        return catalogs.items(orgId, clientsId, false).stream()
                .filter(item -> item.values().get(1).equals("Розница") && item.values().get(2).equals("Новосибирск"))
                .findFirst().orElseThrow();
    }

    private void pickCatalogItem(String inputId, String scope, String key) {
        browser.findElement(By.id(inputId + "-search")).sendKeys(key);
        By option = By.cssSelector(scope + " .catalog-option[data-key='" + key.replace("'", "\\'") + "']");
        // a slower keystroke can send a second search whose response replaces the list under the click
        waitFor().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(option).click();
            return true;
        });
        waitFor().until(driver -> !driver.findElement(By.id(inputId)).getDomProperty("value").isEmpty());
    }

    private void choose(int fieldId, int choiceId) {
        new Select(browser.findElement(By.id("field-" + fieldId))).selectByValue(String.valueOf(choiceId));
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
