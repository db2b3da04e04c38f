package io.potok.catalogs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.potok.HeadlessChromium;
import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
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
 * An administrator manages a catalog in headless Chromium: creates it with a member column, adds an item
 * with a manager picked by name, edits the item's key, finds it by the manager's name, and archives and
 * restores the catalog.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class CatalogPagesBrowserTests {

    private static final String CATALOG = "Регионы продаж";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    long org;
    String adminEmail;
    String managerEmail;
    WebDriver browser;

    @BeforeEach
    void createOrganization() throws IOException {
        org = new TestOrganizations(jdbc).organization();
        adminEmail = member("Анна", "Админова", true);
        managerEmail = member("Ольга", "Складова", false);
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void adminManagesCatalogWithMemberColumn() {
        HeadlessChromium.signIn(browser, url("/login"), adminEmail, "secret");

        long catalogId = createCatalog();
        addItem("Москва");
        assertThat(itemsTable()).contains("Москва").contains("Ольга Складова").doesNotContain(managerEmail);

        editKey("Москва", "Москва и область");
        assertThat(itemsTable()).contains("Москва и область");

        search("Складова");
        assertThat(itemsTable()).contains("Москва и область");
        search("Петербург");
        assertThat(waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("no-items"))).isDisplayed()).isTrue();

        archiveAndRestore(catalogId);
        CatalogItem stored = catalogs.items(org, catalogId, false).get(0);
        assertThat(stored.values()).containsExactly("Москва и область", managerEmail);
    }

    private long createCatalog() {
        open("/catalogs");
        click(By.id("create-catalog"));
        type(By.id("catalog-name"), CATALOG);
        type(By.cssSelector("#catalog-columns tr.column-row input.column-name"), "Регион");
        click(By.id("add-column"));
        List<WebElement> rows = browser.findElements(By.cssSelector("#catalog-columns tr.column-row"));
        WebElement added = rows.get(rows.size() - 1);
        added.findElement(By.cssSelector("input.column-name")).sendKeys("Менеджер");
        new Select(added.findElement(By.cssSelector("select.column-type"))).selectByValue("member");
        click(By.id("create-catalog-submit"));

        waitFor().until(ExpectedConditions.textToBe(By.id("catalog-title"), CATALOG));
        Catalog created = catalogs.list(org).stream().filter(c -> c.name().equals(CATALOG)).findFirst().orElseThrow();
        assertThat(created.headers()).containsExactly(new Catalog.Header("Регион", "text"),
                new Catalog.Header("Менеджер", "member"));
        return created.id();
    }

    private void addItem(String key) {
        click(By.id("add-item"));
        type(By.id("value-0"), key);
        new Select(waitFor().until(ExpectedConditions.elementToBeClickable(By.id("value-1"))))
                .selectByVisibleText("Ольга Складова");
        click(By.id("save-item"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("item-added")));
    }

    private void editKey(String oldKey, String newKey) {
        WebElement row = browser.findElements(By.cssSelector("#catalog-items tbody tr")).stream()
                .filter(candidate -> candidate.getText().contains(oldKey)).findFirst().orElseThrow();
        row.findElement(By.linkText("Изменить")).click();
        WebElement key = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("value-0")));
        key.clear();
        key.sendKeys(newKey);
        click(By.id("save-item"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("item-saved")));
    }

    private void search(String text) {
        WebElement field = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("search-text")));
        field.clear();
        field.sendKeys(text);
        click(By.id("search-submit"));
        waitFor().until(ExpectedConditions.stalenessOf(field));
    }

    private void archiveAndRestore(long catalogId) {
        open("/catalogs/" + catalogId + "/settings");
        click(By.id("archive-catalog"));
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("catalog-archived-note")));

        open("/catalogs");
        assertThat(browser.findElements(By.cssSelector("#catalogs tr[data-catalog='" + catalogId + "']"))).isEmpty();
        click(By.id("show-archived"));
        click(By.cssSelector("#catalogs tr[data-catalog='" + catalogId + "'] a"));
        click(By.id("catalog-settings"));
        WebElement restore = waitFor().until(ExpectedConditions.elementToBeClickable(By.id("restore-catalog")));
        restore.click();
        waitFor().until(ExpectedConditions.stalenessOf(restore));
        assertThat(browser.findElements(By.id("catalog-archived-note"))).isEmpty();

        open("/catalogs");
        assertThat(browser.findElement(By.id("catalogs")).getText()).contains(CATALOG);
    }

    private String itemsTable() {
        return waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("catalog-items"))).getText();
    }

    private String member(String first, String last, boolean admin) {
        String email = UUID.randomUUID() + "@test.local";
        jdbc.sql("""
                        insert into members (org_id, email, first_name, last_name, password_hash, is_admin)
                        values (:org, :email, :first, :last, '{noop}secret', :admin)
                        """)
                .param("org", org).param("email", email).param("first", first).param("last", last)
                .param("admin", admin).update();
        return email;
    }

    private void open(String path) {
        browser.get(url(path));
    }

    private void click(By locator) {
        waitFor().until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private void type(By locator, String text) {
        WebElement field = waitFor().until(ExpectedConditions.elementToBeClickable(locator));
        field.clear();
        field.sendKeys(text);
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(40));
    }

    private String url(String path) {
        return "http://127.0.0.1:" + port + path;
    }
}
