package io.potok.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks the main flow of the demo workspace in headless Chromium. A retail manager creates an order with two
 * lines, the warehouse of the client's region approves it, and a courier dispatcher approves it. The order is
 * then closed, and the manager finds it with the registry filter and in the CSV export. Runs where Debian's
 * Chromium and its driver are installed ({@code .ci/run} installs them).
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
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
    void retailOrderRunsToRegistryExport() throws IOException, InterruptedException {
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

        signIn("retail1");
        filterRegistry(client.key());
        assertThat(browser.findElements(By.cssSelector("#registry tr[data-task='" + taskId + "']"))).hasSize(1);
        String csv = download(browser.findElement(By.id("export-csv")).getDomProperty("href"));
        assertThat(csv).contains(client.key());
        assertThat(csv.lines()).anyMatch(line -> line.matches("\uFEFF?\"" + taskId + "\"[;,].*"));
    }

    /** Filters the orders registry to closed orders of the client and waits for the result. */
    private void filterRegistry(String clientName) {
        browser.get(url("/forms/" + ordersFormId + "/registry"));
        new Select(browser.findElement(By.id("filter-status"))).selectByValue("closed");
        WebElement condition = browser.findElement(By.cssSelector("#registry-filter .condition"));
        new Select(condition.findElement(By.name("ff"))).selectByValue(String.valueOf(DemoWorkspace.CLIENT));
        new Select(condition.findElement(By.name("fo"))).selectByValue("starts_with");
        condition.findElement(By.name("fv")).sendKeys(clientName);

        WebElement apply = browser.findElement(By.id("apply-filter"));
        apply.click();
        waitFor().until(ExpectedConditions.stalenessOf(apply));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("registry")));
    }

    /** Downloads a file with the browser's session cookie. */
    private String download(String address) throws IOException, InterruptedException {
        String cookie = browser.manage().getCookies().stream()
                .map(each -> each.getName() + "=" + each.getValue()).collect(Collectors.joining("; "));
        HttpRequest request = HttpRequest.newBuilder(URI.create(address)).header("Cookie", cookie).build();
        HttpResponse<String> response = HttpClient.newHttpClient().send(request,
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(200);
        return response.body();
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
        // picking the product copies its price into the line
        waitFor().until(driver -> product.values().get(3)
                .equals(driver.findElement(By.id(prefix + DemoWorkspace.LINE_PRICE)).getDomProperty("value")));
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

    private void decide(long taskId, String decision) {
        browser.get(url("/tasks/" + taskId));
        WebElement button = waitFor().until(ExpectedConditions.elementToBeClickable(By.id(decision)));
        button.click();
        waitFor().until(ExpectedConditions.stalenessOf(button));
        waitFor().until(ExpectedConditions.presenceOfElementLocated(By.id("task-status")));
    }

    private void signIn(String localPart) {
        HeadlessChromium.signIn(browser, url("/login"), DemoWorkspace.email(localPart), DemoWorkspace.PASSWORD);
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
}
