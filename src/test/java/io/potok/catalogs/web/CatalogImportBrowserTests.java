package io.potok.catalogs.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An administrator imports a windows-1251 price list through the pages: uploads it, maps a column the file
 * names differently, reads the check that names the row with a bad price, confirms, and reads the result.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class CatalogImportBrowserTests {

    private static final Duration WAIT = Duration.ofSeconds(40);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    long org;
    String adminEmail;
    Catalog products;
    WebDriver browser;

    @BeforeEach
    void createCatalogAndAdmin() throws IOException {
        var organizations = new TestOrganizations(jdbc);
        org = organizations.organization();
        long adminId = organizations.member(org, null);
        jdbc.sql("update members set password_hash = '{noop}secret', is_admin = true where id = :id")
                .param("id", adminId).update();
        adminEmail = jdbc.sql("select email from members where id = :id").param("id", adminId)
                .query(String.class).single();
        products = catalogs.create(org, "Товары " + UUID.randomUUID(),
                List.of(new Catalog.Header("Артикул", "text"), new Catalog.Header("Цена", "money")),
                List.of(List.of("CM-1", "1000.00")));
        browser = HeadlessChromium.start(1280, 900);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void uploadMapCheckConfirmAndReadResult() throws IOException {
        Path file = Files.createTempFile("прайс", ".csv");
        Files.write(file, "Артикул;Стоимость\r\nCM-1;1 100,00\r\nCM-2;дорого\r\nCM-3;250\r\n"
                .getBytes(Charset.forName("windows-1251")));
        HeadlessChromium.signIn(browser, url("/login"), adminEmail, "secret");

        browser.get(url("/catalogs/" + products.id()));
        click(By.id("catalog-import"));
        waitFor(By.id("upload-form"));
        browser.findElement(By.id("import-file")).sendKeys(file.toString());
        click(By.id("upload"));

        waitFor(By.id("mapping-form"));
        assertThat(new Select(browser.findElement(By.id("encoding"))).getFirstSelectedOption().getText())
                .isEqualTo("windows-1251");
        assertThat(browser.findElement(By.id("preview")).getText()).contains("Стоимость", "1 100,00");
        new Select(browser.findElement(By.id("column-1"))).selectByValue("Цена");
        click(By.id("check"));

        waitFor(By.id("check-problems"));
        assertThat(browser.findElement(By.id("report")).getText()).contains("3", "CM-2", "дорого");
        click(By.id("confirm"));

        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(By.id("import-counts")));
        assertThat(browser.findElement(By.id("import-counts")).getText())
                .isEqualTo("Добавлено: 1, обновлено: 1, без изменений: 0, в архив: 0, отклонено: 1.");
        click(By.id("filter-rejected"));
        waitFor(By.cssSelector("#report .outcome-rejected"));
        assertThat(browser.findElement(By.id("report")).getText()).contains("CM-2", "дорого");
        assertThat(catalogs.itemByKey(org, products.id(), "CM-1")).map(CatalogItem::values)
                .contains(List.of("CM-1", "1100.00"));
        assertThat(catalogs.itemByKey(org, products.id(), "CM-3")).isPresent();
        assertThat(catalogs.itemByKey(org, products.id(), "CM-2")).isEmpty();
    }

    private void click(By locator) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.elementToBeClickable(locator)).click();
    }

    private void waitFor(By locator) {
        new WebDriverWait(browser, WAIT).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
