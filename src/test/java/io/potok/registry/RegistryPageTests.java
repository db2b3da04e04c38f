package io.potok.registry;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.util.Locale;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AccessLevel;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
@AutoConfigureMockMvc
class RegistryPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Catalogs catalogs;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    JsonMapper json;

    OrdersFixture orders;
    CurrentMember manager;
    CurrentMember outsider;
    long retailTask;
    long marketplaceTask;

    @BeforeEach
    void createOrders() {
        orders = new OrdersFixture(jdbc, forms, catalogs, events, transactions, json);
        TestOrganizations organizations = new TestOrganizations(jdbc);
        manager = member(organizations.member(orders.orgId, null), Locale.forLanguageTag("ru"));
        outsider = member(organizations.member(orders.orgId, null), Locale.forLanguageTag("ru"));
        forms.grant(orders.orgId, orders.form.id(), FormGrant.member(manager.memberId(), AccessLevel.MANAGER));
        retailTask = orders.task().set(OrdersFixture.CLIENT_TYPE, OrdersFixture.choice(3))
                .set(OrdersFixture.TOTAL, 1200.5).set(OrdersFixture.CLIENT_NAME, "Кофейня, \"Зерно\"")
                .createdAt("2026-03-10T08:00:00Z").save();
        marketplaceTask = orders.task().set(OrdersFixture.CLIENT_TYPE, OrdersFixture.choice(1))
                .set(OrdersFixture.TOTAL, 300).createdAt("2026-03-12T08:00:00Z").closed().save();
    }

    private CurrentMember member(long memberId, Locale locale) {
        return new CurrentMember(memberId, orders.orgId, memberId + "@test.local", "Member " + memberId, false, locale,
                ZoneId.of("Asia/Vladivostok"));
    }

    private String registry(CurrentMember member, String query) throws Exception {
        return mvc.perform(get("/forms/" + orders.form.id() + "/registry" + query).with(signedInAs(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void managerSeesEveryTaskInRussian() throws Exception {
        String page = registry(manager, "");

        assertThat(page).contains("Реестр: Заказы").contains("id=\"registry-filter\"").contains("id=\"export-csv\"");
        assertThat(page).contains("data-task=\"" + retailTask + "\"").contains("data-task=\"" + marketplaceTask + "\"");
        assertThat(page).contains("Розница").contains("1200.50").contains("10.03.2026 18:00");
        assertThat(page).doesNotContain("id=\"next-page\"");
    }

    @Test
    void rendersInEnglish() throws Exception {
        String page = registry(member(manager.memberId(), Locale.ENGLISH), "");

        assertThat(page).contains("Registry: Заказы").contains("Export CSV").contains("2026-03-10 18:00");
    }

    @Test
    void filtersFromUrlAndKeepsThemInLinks() throws Exception {
        String page = registry(manager, "?ff=" + OrdersFixture.CLIENT_TYPE + "&fo=equals&fv=3&status=open");

        assertThat(page).contains("data-task=\"" + retailTask + "\"").doesNotContain("data-task=\"" + marketplaceTask + "\"");
        assertThat(page).contains("export.csv?status=open&amp;ff=4&amp;fo=equals&amp;fv=3");
        assertThat(page).contains("<option value=\"open\" selected>");
    }

    @Test
    void filtersCreatedDateInViewersZone() throws Exception {
        String page = registry(manager, "?created_from=2026-03-11");

        assertThat(page).contains("data-task=\"" + marketplaceTask + "\"").doesNotContain("data-task=\"" + retailTask + "\"");
    }

    @Test
    void emptyFilterFindsTasksWithoutValue() throws Exception {
        String page = registry(manager, "?ff=" + OrdersFixture.CLIENT_NAME + "&fo=empty&fv=");

        assertThat(page).contains("data-task=\"" + marketplaceTask + "\"").doesNotContain("data-task=\"" + retailTask + "\"");
    }

    @Test
    void sortsByClickedColumn() throws Exception {
        String page = registry(manager, "?sort=" + OrdersFixture.TOTAL);

        assertThat(page.indexOf("data-task=\"" + marketplaceTask + "\""))
                .isLessThan(page.indexOf("data-task=\"" + retailTask + "\""));
        assertThat(page).contains("href=\"/forms/" + orders.form.id() + "/registry?sort=2&amp;desc=1\"");
    }

    @Test
    void pagesByCursor() throws Exception {
        for (int i = 0; i < 50; i++) {
            orders.task().createdAt("2026-02-01T08:00:00Z").save();
        }

        String first = registry(manager, "");

        assertThat(first).contains("id=\"next-page\"").contains("cursor=");
        String next = first.replaceAll("(?s).*id=\"next-page\" href=\"([^\"]+)\".*", "$1").replace("&amp;", "&");
        String second = mvc.perform(get(java.net.URI.create(next)).with(signedInAs(manager)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second.split("data-task=\"").length - 1).isEqualTo(2);
    }

    @Test
    void invalidFilterShowsMessage() throws Exception {
        String page = mvc.perform(get("/forms/" + orders.form.id() + "/registry")
                        .param("ff", String.valueOf(OrdersFixture.TOTAL)).param("fo", "greater").param("fv", "lots")
                        .with(signedInAs(manager)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"registry-error\"").contains("lots");
        assertThat(page).contains("value=\"lots\"");
    }

    @Test
    void memberWithoutAccessGetsForbidden() throws Exception {
        mvc.perform(get("/forms/" + orders.form.id() + "/registry").with(signedInAs(outsider)))
                .andExpect(status().isForbidden());
        mvc.perform(get("/forms/" + orders.form.id() + "/registry/export.csv").with(signedInAs(outsider)))
                .andExpect(status().isForbidden());
    }

    @Test
    void csvExportHasFilteredRows() throws Exception {
        MvcResult started = mvc.perform(get("/forms/" + orders.form.id() + "/registry/export.csv")
                        .param("ff", String.valueOf(OrdersFixture.CLIENT_TYPE)).param("fo", "equals").param("fv", "3")
                        .with(signedInAs(manager)))
                .andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

        assertThat(csv).contains("\"Кофейня, \"\"Зерно\"\"\"").doesNotContain("Заказ " + marketplaceTask + ";");
        assertThat(csv).contains(";");
    }
}
