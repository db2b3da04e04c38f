package io.potok.tasks.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.StockLevels;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.StockRule;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stock hints endpoint of the new-task page: the stock available per order line and the warning.
 */
@PotokTest
@AutoConfigureMockMvc
class StockHintsTests {

    static final int REGION = 1;
    static final int LINES = 2;
    static final int PRODUCT = 3;
    static final int QUANTITY = 4;

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    @Autowired
    StockLevels stock;

    @Autowired
    Forms forms;

    long machine;
    Form form;
    CurrentMember author;

    @BeforeEach
    void orderForm() {
        TestOrganizations people = new TestOrganizations(jdbc);
        long org = people.organization();
        Catalog products = catalogs.create(org, "Товары", List.of(new Catalog.Header("Артикул", "text")),
                List.of(List.of("CM-001")));
        machine = catalogs.itemByKey(org, products.id(), "CM-001").orElseThrow().id();
        stock.setOnHand(org, machine, "Москва", new BigDecimal("3"));
        List<FieldDefinition> fields = List.of(
                FieldDefinition.of(REGION, "Регион", FieldType.TEXT),
                FieldDefinition.of(LINES, "Позиции", FieldType.TABLE).withFields(List.of(
                        FieldDefinition.of(PRODUCT, "Товар", FieldType.CATALOG).withInfo(FieldSettings.catalog(products.id())),
                        FieldDefinition.of(QUANTITY, "Количество", FieldType.NUMBER))));
        form = forms.create(org, "Заказы " + System.nanoTime(), new FormDefinition(fields, RouteDefinition.NONE)
                .withStock(new StockRule(LINES, PRODUCT, QUANTITY, REGION, false, null, null)), null);
        forms.grant(org, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        author = TestOrganizations.signedIn(org, people.member(org, null), false);
    }

    private MockHttpServletRequestBuilder order(String region, String quantity) {
        return post("/forms/" + form.id() + "/stock")
                .param("f" + REGION, region)
                .param("f" + LINES + ".r5.c" + PRODUCT, String.valueOf(machine))
                .param("f" + LINES + ".r5.c" + QUANTITY, quantity);
    }

    private JsonNode hints(MockHttpServletRequestBuilder request) throws Exception {
        String body = mvc.perform(request.with(signedInAs(author)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonMapper.builder().build().readTree(body);
    }

    @Test
    void lineWithinStockShowsAvailable() throws Exception {
        JsonNode hints = hints(order("Москва", "2"));

        assertThat(hints.get("table").asInt()).isEqualTo(LINES);
        assertThat(hints.get("product").asInt()).isEqualTo(PRODUCT);
        assertThat(hints.get("lines").get("5").get("text").asString()).isEqualTo("Доступно на складе «Москва»: 3");
        assertThat(hints.get("lines").get("5").hasNonNull("warning")).isFalse();
    }

    @Test
    void lineAboveStockShowsWarning() throws Exception {
        JsonNode hints = hints(order("Москва", "4"));

        assertThat(hints.get("lines").get("5").get("warning").asString()).contains("заказано 4, доступно 3");
    }

    @Test
    void unknownWarehouseHasNothingAvailable() throws Exception {
        JsonNode hints = hints(order("Казань", "1"));

        assertThat(hints.get("lines").get("5").get("text").asString()).isEqualTo("Доступно на складе «Казань»: 0");
        assertThat(hints.get("lines").get("5").get("warning").asString()).contains("заказано 1, доступно 0");
    }

    @Test
    void emptyWarehouseAsksForIt() throws Exception {
        JsonNode hints = hints(order("", "1"));

        assertThat(hints.get("lines").get("5").get("text").asString()).contains("«Регион»");
    }
}
