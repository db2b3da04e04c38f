package io.potok.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.potok.PotokTest;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks the main flow of the demo workspace in headless Chromium: a retail manager creates an order with two
 * lines, the warehouse of the client's region approves it, a courier dispatcher approves it, and the order
 * is closed. Runs where Debian's Chromium and its driver are installed ({@code .ci/run} installs them).
 */
@PotokTest
@EnabledIf("chromiumInstalled")
class MainFlowBrowserTests {

    private static final Pattern TASK_URL = Pattern.compile("/tasks/(\\d+)$");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    WebDriver browser;
    long orgId;
    long ordersFormId;

    static boolean chromiumInstalled() {
        return Files.isExecutable(Path.of("/usr/bin/chromium")) && Files.isExecutable(Path.of("/usr/bin/chromedriver"));
    }

    @BeforeEach
    void startBrowser() throws IOException {
        orgId = jdbc.sql("select id from organizations where is_demo order by id limit 1").query(Long.class).single();
        ordersFormId = jdbc.sql("select id from forms where org_id = :org and name = :name")
                .param("org", orgId).param("name", DemoWorkspace.ORDERS_FORM).query(Long.class).single();
        browser = startChromium();
    }

    @AfterEach
    void quitBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void orderGoesFromRetailManagerThroughWarehouseAndCourierToClosed() {
        CatalogItem client = retailClientIn("Санкт-Петербург");
        List<CatalogItem> products = catalogs.items(orgId, catalogId(DemoWorkspace.PRODUCTS_CATALOG), false);

        signIn("retail1");
        long taskId = createOrder(client, products.get(0), products.get(25));
        assertThat(text(By.id("task-status"))).isNotBlank();
        assertThat(attribute(By.id("task-step"), "data-step")).isEqualTo("2");
        assertThat(browser.findElement(By.cssSelector("#route li[data-step='2']")).getText()).contains("Склад");

        signIn("spb2");
        decide(taskId, "approve");
        assertThat(attribute(By.id("task-step"), "data-step")).isEqualTo("3");

        signIn("courier1");
        decide(taskId, "approve");
        assertThat(attribute(By.id("task-status"), "data-closed")).isEqualTo("true");
        assertThat(browser.findElements(By.id("approve"))).isEmpty();
    }

    private long createOrder(CatalogItem client, CatalogItem first, CatalogItem second) {
        browser.get(url("/tasks/new?form=" + ordersFormId));
        pickCatalogItem("field-" + DemoWorkspace.CLIENT, "[data-field='" + DemoWorkspace.CLIENT + "']", client.key());
        choose(DemoWorkspace.CLIENT_TYPE, DemoWorkspace.CLIENT_TYPE_RETAIL);
        choose(DemoWorkspace.SOURCE, DemoWorkspace.SOURCE_RETAIL_STORE);
        choose(DemoWorkspace.REGION, DemoWorkspace.REGION_SAINT_PETERSBURG);
        fillLine(0, first, "2");
        browser.findElement(By.id("add-row-" + DemoWorkspace.LINES)).click();
        fillLine(1, second, "5");
        choose(DemoWorkspace.DELIVERY, DemoWorkspace.DELIVERY_COURIER);

        browser.findElement(By.id("save")).click();
        waitFor().until(ExpectedConditions.urlMatches(TASK_URL.pattern()));
        Matcher matcher = TASK_URL.matcher(browser.getCurrentUrl());
        assertThat(matcher.find()).isTrue();
        return Long.parseLong(matcher.group(1));
    }

    private void fillLine(int row, CatalogItem product, String quantity) {
        String prefix = "field-" + DemoWorkspace.LINES + "-" + row + "-";
        pickCatalogItem(prefix + DemoWorkspace.LINE_PRODUCT, "tr[data-row='" + row + "']", product.key());
        browser.findElement(By.id(prefix + DemoWorkspace.LINE_QUANTITY)).sendKeys(quantity);
        browser.findElement(By.id(prefix + DemoWorkspace.LINE_PRICE)).sendKeys(product.values().get(3));
    }

    private void pickCatalogItem(String inputId, String scope, String key) {
        browser.findElement(By.id(inputId + "-search")).sendKeys(key);
        WebElement option = waitFor().until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(scope + " .catalog-option[data-key='" + key.replace("'", "\\'") + "']")));
        option.click();
        waitFor().until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.id(inputId)), "value"));
    }

    private void choose(int fieldId, int choiceId) {
        new Select(browser.findElement(By.id("field-" + fieldId))).selectByValue(String.valueOf(choiceId));
    }

    private void decide(long taskId, String decision) {
        browser.get(url("/tasks/" + taskId));
        WebElement button = waitFor().until(ExpectedConditions.elementToBeClickable(By.id(decision)));
        button.click();
        waitFor().until(ExpectedConditions.stalenessOf(button));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("task-status")));
    }

    private void signIn(String localPart) {
        browser.manage().deleteAllCookies();
        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(DemoWorkspace.email(localPart));
        browser.findElement(By.id("password")).sendKeys(DemoWorkspace.PASSWORD);
        browser.findElement(By.id("sign-in")).click();
        // The first sign-in of a run is slow on a shared two-core machine, hence the longer wait.
        new WebDriverWait(browser, Duration.ofSeconds(40))
                .until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    private CatalogItem retailClientIn(String region) {
        return catalogs.items(orgId, catalogId(DemoWorkspace.CLIENTS_CATALOG), false).stream()
                .filter(item -> item.values().get(1).equals("Розница") && item.values().get(2).equals(region))
                .findFirst().orElseThrow();
    }

    private long catalogId(String name) {
        return catalogs.list(orgId).stream().filter(catalog -> catalog.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private String text(By locator) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(locator)).getText();
    }

    private String attribute(By locator, String name) {
        return waitFor().until(ExpectedConditions.presenceOfElementLocated(locator)).getDomAttribute(name);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }

    private static WebDriver startChromium() throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,900", "--user-data-dir=" + Files.createTempDirectory("potok-main-flow"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile()).build();
        return new ChromeDriver(service, options);
    }
}
