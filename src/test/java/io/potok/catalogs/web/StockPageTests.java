package io.potok.catalogs.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.StockLevel;
import io.potok.catalogs.StockLevels;
import io.potok.catalogs.StockLine;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PotokTest
@AutoConfigureMockMvc
class StockPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    @Autowired
    StockLevels stock;

    long org;
    Catalog products;
    long machine;
    long pods;
    CurrentMember admin;
    CurrentMember member;

    @BeforeEach
    void catalog() {
        TestOrganizations people = new TestOrganizations(jdbc);
        org = people.organization();
        products = catalogs.create(org, "Товары", List.of(new Catalog.Header("Артикул", "text"),
                new Catalog.Header("Наименование", "text")),
                List.of(List.of("CM-001", "Кофемашина Мини 100"), List.of("CP-001", "Капсулы «Латте», 10 шт.")));
        machine = catalogs.itemByKey(org, products.id(), "CM-001").orElseThrow().id();
        pods = catalogs.itemByKey(org, products.id(), "CP-001").orElseThrow().id();
        admin = TestOrganizations.signedIn(org, people.member(org, null), true);
        member = TestOrganizations.signedIn(org, people.member(org, null), false);
        stock.setOnHand(org, machine, "Москва", new BigDecimal("5"));
        stock.setOnHand(org, pods, "Новосибирск", new BigDecimal("40"));
        stock.reserve(org, 7_000_000_000L + org, "Москва", List.of(new StockLine(machine, new BigDecimal("2"))));
    }

    private String page(String query, CurrentMember viewer) throws Exception {
        return mvc.perform(get("/catalogs/" + products.id() + "/stock" + query).with(signedInAs(viewer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private StockLevel level(long item, String warehouse) {
        return stock.levels(org, List.of(item)).get(item).stream()
                .filter(level -> level.warehouse().equals(warehouse)).findFirst().orElseThrow();
    }

    @Test
    void pageShowsLevelsPerWarehouse() throws Exception {
        String html = page("", member);

        assertThat(html).contains("<th>Москва</th>").contains("<th>Новосибирск</th>");
        assertThat(html).contains("резерв 2").contains("доступно 3").contains("доступно 40");
        assertThat(html).doesNotContain("id=\"stock-save\"");
    }

    @Test
    void searchFindsItemsByName() throws Exception {
        String html = page("?q=латте", member);

        assertThat(html).contains("data-item=\"CP-001\"");
        assertThat(html).doesNotContain("data-item=\"CM-001\"");
    }

    @Test
    void adminSavesChangedQuantitiesOnly() throws Exception {
        mvc.perform(post("/catalogs/" + products.id() + "/stock").with(signedInAs(admin)).with(csrf())
                        .param("warehouse_0", "Москва").param("warehouse_1", "Новосибирск")
                        .param("onhand_" + machine + "_0", "7,5").param("shown_" + machine + "_0", "5")
                        .param("onhand_" + pods + "_1", "40").param("shown_" + pods + "_1", "40")
                        .param("onhand_" + pods + "_0", "12").param("shown_" + pods + "_0", "0"))
                .andExpect(status().is3xxRedirection());

        assertThat(level(machine, "Москва").onHand()).isEqualByComparingTo("7.5");
        assertThat(level(machine, "Москва").reserved()).isEqualByComparingTo("2");
        assertThat(level(pods, "Москва").onHand()).isEqualByComparingTo("12");
        assertThat(level(pods, "Новосибирск").onHand()).isEqualByComparingTo("40");
    }

    @Test
    void adminAddsWarehouseWithOneLevel() throws Exception {
        mvc.perform(post("/catalogs/" + products.id() + "/stock/level").with(signedInAs(admin)).with(csrf())
                        .param("key", "CM-001").param("warehouse", "Екатеринбург").param("quantity", "3"))
                .andExpect(status().is3xxRedirection());

        assertThat(level(machine, "Екатеринбург").onHand()).isEqualByComparingTo("3");
        assertThat(stock.warehouses(org, products.id())).contains("Екатеринбург");
    }

    @Test
    void negativeQuantityShowsError() throws Exception {
        String html = mvc.perform(post("/catalogs/" + products.id() + "/stock/level").with(signedInAs(admin))
                        .with(csrf()).param("key", "CM-001").param("warehouse", "Москва").param("quantity", "-1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"stock-error\"").contains("«-1»");
        assertThat(level(machine, "Москва").onHand()).isEqualByComparingTo("5");
    }

    @Test
    void unknownArticleShowsError() throws Exception {
        String html = mvc.perform(post("/catalogs/" + products.id() + "/stock/level").with(signedInAs(admin))
                        .with(csrf()).param("key", "NO-SUCH").param("warehouse", "Москва").param("quantity", "1"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"stock-error\"").contains("«NO-SUCH»");
    }

    @Test
    void memberCannotSetStock() throws Exception {
        mvc.perform(post("/catalogs/" + products.id() + "/stock/level").with(signedInAs(member)).with(csrf())
                        .param("key", "CM-001").param("warehouse", "Москва").param("quantity", "1"))
                .andExpect(status().isForbidden());

        assertThat(level(machine, "Москва").onHand()).isEqualByComparingTo("5");
    }

    @Test
    void otherOrganizationGetsNotFound() throws Exception {
        long otherOrg = new TestOrganizations(jdbc).organization();
        CurrentMember outsider = TestOrganizations.signedIn(otherOrg,
                new TestOrganizations(jdbc).member(otherOrg, null), true);

        mvc.perform(get("/catalogs/" + products.id() + "/stock").with(signedInAs(outsider)))
                .andExpect(status().isNotFound());
    }
}
