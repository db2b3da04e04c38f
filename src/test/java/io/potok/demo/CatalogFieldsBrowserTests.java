package io.potok.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import io.potok.HeadlessChromium;
import io.potok.PotokTest;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.CatalogPicking;
import io.potok.forms.FieldSettings.ColumnCopy;
import io.potok.forms.FieldSettings.ItemFilter;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

/**
 * The demo Orders form's catalog fields in headless Chromium. A line offers only the products of the chosen
 * category, and picking one shows its columns and fills the line's price. Picking a client fills its type
 * and region, and the designer edits the rules.
 */
@PotokTest
@EnabledIf("io.potok.HeadlessChromium#installed")
class CatalogFieldsBrowserTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String LINE = "field-" + DemoWorkspace.LINES + "-0-";

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    @Autowired
    Forms forms;

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

    private void signIn(String email) {
        HeadlessChromium.signIn(browser, "http://localhost:" + port + "/login", email, DemoWorkspace.PASSWORD);
    }

    @AfterEach
    void quit() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void orderLineOffersCategoryAndFillsPrice() {
        signIn(DemoWorkspace.email("retail1"));
        CatalogItem capsules = item(DemoWorkspace.PRODUCTS_CATALOG, "CP-002");
        browser.get("http://localhost:" + port + "/tasks/new?form=" + ordersFormId);
        new Select(browser.findElement(By.id("field-" + DemoWorkspace.PRODUCT_CATEGORY))).selectByVisibleText("Капсулы");

        browser.findElement(By.id(LINE + DemoWorkspace.LINE_PRODUCT + "-search")).sendKeys("C");
        waitFor().until(driver -> !options().isEmpty());
        List<String> offered = options().stream().map(option -> option.getDomAttribute("data-key")).toList();
        pick(capsules.key());

        assertThat(offered).isNotEmpty().allMatch(key -> key.startsWith("CP-"));
        waitFor().until(driver -> capsules.values().get(3)
                .equals(driver.findElement(By.id(LINE + DemoWorkspace.LINE_PRICE)).getDomProperty("value")));
        String details = browser.findElement(By.cssSelector("tr[data-row='0'] .catalog-details")).getText();
        assertThat(details).contains("Категория: Капсулы", "Цена: " + capsules.values().get(3), capsules.values().get(1));
    }

    @Test
    void pickedClientFillsTypeAndRegion() {
        signIn(DemoWorkspace.email("retail1"));
        CatalogItem client = catalogs.items(orgId, catalogId(DemoWorkspace.CLIENTS_CATALOG), false).stream()
                .filter(item -> item.values().get(2).equals("Екатеринбург")).findFirst().orElseThrow();
        browser.get("http://localhost:" + port + "/tasks/new?form=" + ordersFormId);

        browser.findElement(By.id("field-" + DemoWorkspace.CLIENT + "-search")).sendKeys(client.key());
        clickOption("[data-field='" + DemoWorkspace.CLIENT + "'] .catalog-option[data-key='" + client.key() + "']");

        Select type = new Select(browser.findElement(By.id("field-" + DemoWorkspace.CLIENT_TYPE)));
        Select region = new Select(browser.findElement(By.id("field-" + DemoWorkspace.REGION)));
        assertThat(type.getFirstSelectedOption().getText()).isEqualTo(client.values().get(1));
        assertThat(region.getFirstSelectedOption().getText()).isEqualTo("Екатеринбург");
        assertThat(browser.findElement(By.cssSelector("[data-field='" + DemoWorkspace.CLIENT + "'] .catalog-details")).getText())
                .contains("Город: " + client.values().get(3));
    }

    @Test
    void designerEditsPickingRules() {
        long productsId = catalogId(DemoWorkspace.PRODUCTS_CATALOG);
        FormDefinition definition = new FormDefinition(List.of(
                FieldDefinition.of(1, "Товар", FieldType.CATALOG).withInfo(FieldSettings.catalog(productsId)),
                FieldDefinition.of(2, "Название", FieldType.TEXT)),
                new RouteDefinition(List.of(new RouteDefinition.Step(1, "Менеджер", null,
                        List.of(new RouteDefinition.AssigneeRule(null, RouteDefinition.Assignees.author())), null))));
        long formId = forms.create(orgId, "Подбор " + System.nanoTime(), definition, null).id();
        signIn(DemoWorkspace.ADMIN_EMAIL);
        browser.get("http://localhost:" + port + "/forms/" + formId + "/design");

        waitFor().until(driver -> driver.findElement(By.cssSelector("#tree-field-1 > .tree-row .tree-name"))).click();
        int columns = catalogs.find(orgId, productsId).orElseThrow().headers().size();
        waitFor().until(driver -> driver.findElements(By.cssSelector("#picking-shown input")).size() == columns);
        browser.findElement(By.id("add-picking-filter")).click();
        new Select(browser.findElement(By.cssSelector(".picking-filter-column"))).selectByVisibleText("Категория");
        browser.findElement(By.cssSelector(".picking-filter-value")).sendKeys("Капсулы");
        browser.findElement(By.cssSelector("#picking-shown input[value='Цена']")).click();
        browser.findElement(By.id("add-picking-copy")).click();
        new Select(browser.findElement(By.cssSelector(".picking-copy-column"))).selectByVisibleText("Наименование");

        CatalogPicking expected = new CatalogPicking(List.of(ItemFilter.equalTo("Категория", "Капсулы")),
                List.of("Цена"), List.of(new ColumnCopy("Наименование", 2)));
        waitFor().until(driver -> expected.equals(draftPicking(formId)));
    }

    /** Returns the picking rules of field 1 in the form's saved draft, or null while there is none. */
    private CatalogPicking draftPicking(long formId) {
        return jdbc.sql("select definition::text from form_drafts where form_id = :form").param("form", formId)
                .query(String.class).optional()
                .map(text -> JSON.readValue(text, FormDefinition.class))
                .flatMap(found -> found.field(1))
                .map(field -> field.info().pickingOrNone())
                .orElse(null);
    }

    private List<WebElement> options() {
        return browser.findElements(By.cssSelector("tr[data-row='0'] .catalog-option"));
    }

    private void pick(String key) {
        WebElement search = browser.findElement(By.id(LINE + DemoWorkspace.LINE_PRODUCT + "-search"));
        search.sendKeys("P-00");
        clickOption("tr[data-row='0'] .catalog-option[data-key='" + key + "']");
    }

    /** Clicks an option once the search has listed it; a later search response may replace the list. */
    private void clickOption(String selector) {
        waitFor().ignoring(StaleElementReferenceException.class).until(driver -> {
            driver.findElement(By.cssSelector(selector)).click();
            return true;
        });
    }

    private CatalogItem item(String catalogName, String key) {
        return catalogs.itemByKey(orgId, catalogId(catalogName), key).orElseThrow();
    }

    private long catalogId(String name) {
        return catalogs.list(orgId).stream().filter(catalog -> catalog.name().equals(name)).findFirst()
                .orElseThrow().id();
    }

    private WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(40));
    }
}
