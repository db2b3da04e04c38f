package io.potok.integrations.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalog.Header;
import io.potok.catalogs.Catalogs;
import io.potok.identity.CurrentMember;
import io.potok.integrations.InventoryConnection;
import io.potok.integrations.InventoryConnections;
import io.potok.platform.Secrets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The МойСклад settings page as an administrator and as an ordinary member of a fresh organisation.
 */
@PotokTest
@AutoConfigureMockMvc
class MoyskladSettingsPageTests {

    private static final String PAGE = "/settings/integrations/moysklad";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    @Autowired
    InventoryConnections inventoryConnections;

    @Autowired
    MoyskladConnections connections;

    @Autowired
    Secrets secrets;

    @Autowired
    ScheduledInventorySync inventorySync;

    private final FakeMoysklad server = new FakeMoysklad();
    private CurrentMember admin;
    private CurrentMember member;
    private Catalog catalog;

    @BeforeEach
    void createOrganisation() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long orgId = organizations.organization();
        admin = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), true);
        member = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), false);
        List<Header> headers = List.of(new Header("Артикул", "text"), new Header("Наименование", "text"),
                new Header("Категория", "text"), new Header("Цена", "money"), new Header("Остаток", "number"),
                new Header("Поставщик", "text"));
        catalog = catalogs.create(orgId, "Товары " + UUID.randomUUID(), headers, List.of());
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void memberIsDenied() throws Exception {
        mvc.perform(get(PAGE).with(signedInAs(member))).andExpect(status().isForbidden());
        mvc.perform(post(PAGE).param("intervalMinutes", "5").with(signedInAs(member)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/sync").with(signedInAs(member)).with(csrf())).andExpect(status().isForbidden());
    }

    @Test
    void tokenIsStoredEncryptedAndNeverShown() throws Exception {
        String token = "ms-token-" + UUID.randomUUID();

        save(Map.of("token", token, "catalogId", String.valueOf(catalog.id()), "intervalMinutes", "15"));
        String page = mvc.perform(get(PAGE).with(signedInAs(admin))).andReturn().getResponse().getContentAsString();

        assertThat(page).doesNotContain(token);
        String stored = jdbc.sql("select token_encrypted from moysklad_connections where org_id = :org")
                .param("org", admin.orgId()).query(String.class).single();
        assertThat(stored).doesNotContain(token).startsWith("v1:");
        assertThat(secrets.decrypt(stored)).isEqualTo(token);
        assertThat(inventoryConnections.find(admin.orgId()).tokenSaved()).isTrue();
        assertThat(inventoryConnections.find(admin.orgId()).intervalMinutes()).isEqualTo(15);
    }

    @Test
    void emptyTokenKeepsSavedOne() throws Exception {
        save(Map.of("token", "first-token", "catalogId", String.valueOf(catalog.id()), "intervalMinutes", "5"));

        save(Map.of("token", "", "catalogId", String.valueOf(catalog.id()), "intervalMinutes", "5"));

        assertThat(secrets.decrypt(connections.find(admin.orgId()).tokenEncrypted())).isEqualTo("first-token");
    }

    @Test
    void defaultMappingFollowsColumnNames() throws Exception {
        save(Map.of("catalogId", String.valueOf(catalog.id()), "intervalMinutes", "5"));

        Map<String, String> sources = inventoryConnections.find(admin.orgId()).columnSources();

        assertThat(sources).containsExactly(Map.entry("Артикул", "article_or_code"), Map.entry("Наименование", "name"),
                Map.entry("Категория", "folder"), Map.entry("Цена", "sale_price"), Map.entry("Остаток", "stock_total"),
                Map.entry("Поставщик", "keep"));
    }

    @Test
    void pageShowsMappingAndSchedule() throws Exception {
        save(Map.of("catalogId", String.valueOf(catalog.id()), "intervalMinutes", "7"));

        String page = mvc.perform(get(PAGE).with(signedInAs(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("name=\"source.Категория\"");
        assertThat(page).containsPattern("<option value=\"folder\" selected>");
        assertThat(page).containsPattern("<option value=\"" + catalog.id() + "\" selected>");
        assertThat(page).contains("value=\"7\"");
        assertThat(page).contains("Токен не задан");
    }

    @Test
    void savesEditedMapping() throws Exception {
        save(Map.of("catalogId", String.valueOf(catalog.id()), "intervalMinutes", "5"));

        save(Map.of("catalogId", String.valueOf(catalog.id()), "intervalMinutes", "5", "source.Артикул", "code",
                "source.Цена", "keep"));

        Map<String, String> sources = inventoryConnections.find(admin.orgId()).columnSources();
        assertThat(sources.get("Артикул")).isEqualTo("code");
        assertThat(sources.get("Цена")).isEqualTo("keep");
        assertThat(sources.get("Наименование")).isEqualTo("name");
    }

    @Test
    void rejectsKeyColumnWithoutKey() throws Exception {
        save(Map.of("catalogId", String.valueOf(catalog.id()), "intervalMinutes", "5"));

        String page = mvc.perform(post(PAGE).with(signedInAs(admin)).with(csrf())
                        .param("catalogId", String.valueOf(catalog.id())).param("intervalMinutes", "5")
                        .param("source.Артикул", "keep"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("moysklad-error").contains("Артикул");
        assertThat(inventoryConnections.find(admin.orgId()).columnSources().get("Артикул")).isEqualTo("article_or_code");
    }

    @Test
    void rejectsIntervalOutOfRange() throws Exception {
        String page = mvc.perform(post(PAGE).with(signedInAs(admin)).with(csrf()).param("intervalMinutes", "0"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("moysklad-error").contains("1440");
    }

    @Test
    void rejectsScheduleWithoutToken() throws Exception {
        mvc.perform(post(PAGE).with(signedInAs(admin)).with(csrf()).param("catalogId", String.valueOf(catalog.id()))
                        .param("intervalMinutes", "5").param("enabled", "true"))
                .andExpect(status().isBadRequest());

        assertThat(inventoryConnections.find(admin.orgId()).enabled()).isFalse();
    }

    @Test
    void syncNowRunsThroughScheduler() throws Exception {
        server.put(new FakeMoysklad.Product("p1", "CM-001", "1", "Кофемашина Мини 100", "Кофемашины", 1_599_000L,
                Map.of("Москва", java.math.BigDecimal.TEN)));
        save(Map.of("token", FakeMoysklad.TOKEN, "catalogId", String.valueOf(catalog.id()), "intervalMinutes", "5"));
        connections.setBaseUrl(admin.orgId(), server.baseUrl());

        mvc.perform(post(PAGE + "/sync").with(signedInAs(admin)).with(csrf()))
                .andExpect(redirectedUrl(PAGE + "?requested"));

        InventoryConnection.Success success = awaitSuccess(Duration.ofSeconds(40));
        assertThat(success.added()).isEqualTo(1);
        String page = mvc.perform(get(PAGE).with(signedInAs(admin))).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("moysklad-last-success").contains("добавлено 1");
    }

    @Test
    void scheduleRunsDueSync() throws Exception {
        server.put(new FakeMoysklad.Product("p1", "CM-001", "1", "Кофемашина Мини 100", "Кофемашины", 1_599_000L,
                Map.of("Москва", java.math.BigDecimal.TEN)));
        save(Map.of("token", FakeMoysklad.TOKEN, "catalogId", String.valueOf(catalog.id()), "intervalMinutes", "5",
                "enabled", "true"));
        connections.setBaseUrl(admin.orgId(), server.baseUrl());
        assertThat(connections.dueOrgIds(Instant.now())).contains(admin.orgId());

        inventorySync.scheduleDue();

        assertThat(awaitSuccess(Duration.ofSeconds(40)).added()).isEqualTo(1);
        assertThat(connections.dueOrgIds(Instant.now())).doesNotContain(admin.orgId());
    }

    private void save(Map<String, String> form) throws Exception {
        var request = post(PAGE).with(signedInAs(admin)).with(csrf());
        form.forEach(request::param);
        mvc.perform(request).andExpect(redirectedUrl(PAGE + "?saved"));
    }

    private InventoryConnection.Success awaitSuccess(Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            InventoryConnection connection = inventoryConnections.find(admin.orgId());
            assertThat(connection.lastFailure()).as("failure of the scheduled sync").isNull();
            if (connection.lastSuccess() != null) {
                return connection.lastSuccess();
            }
            Thread.sleep(200);
        }
        throw new AssertionError("The scheduled sync did not finish within " + timeout);
    }
}
