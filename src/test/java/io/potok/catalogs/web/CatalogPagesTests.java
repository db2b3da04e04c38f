package io.potok.catalogs.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogEditor;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogQueries;
import io.potok.catalogs.Catalogs;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PotokTest
@AutoConfigureMockMvc
class CatalogPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    @Autowired
    CatalogEditor editor;

    @Autowired
    CatalogQueries queries;

    long org;
    CurrentMember admin;
    CurrentMember member;
    String managerEmail;
    Catalog regions;

    @BeforeEach
    void createOrganization() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        org = organizations.organization();
        admin = TestOrganizations.signedIn(org, organizations.member(org, null), true);
        member = TestOrganizations.signedIn(org, organizations.member(org, null), false);
        managerEmail = UUID.randomUUID() + "@test.local";
        jdbc.sql("insert into members (org_id, email, first_name, last_name) values (:org, :email, 'Ольга', 'Складова')")
                .param("org", org).param("email", managerEmail).update();
        regions = editor.createCatalog(org, "Регионы", List.of(new Catalog.Header("Регион", "text"),
                new Catalog.Header("Менеджер", "member"), new Catalog.Header("Лимит", "money"),
                new Catalog.Header("С", "date")));
        editor.addItem(org, regions.id(), List.of("Москва", managerEmail, "1234567.5", "2026-12-31"));
    }

    private String page(CurrentMember as, String url) throws Exception {
        return mvc.perform(get(url).with(signedInAs(as)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpServletRequestBuilder postAs(CurrentMember as, String url) {
        return post(url).with(signedInAs(as)).with(csrf());
    }

    private CatalogItem item(String key) {
        return catalogs.itemByKey(org, regions.id(), key).orElseThrow();
    }

    private long version(CatalogItem item) {
        return queries.item(org, regions.id(), item.id()).orElseThrow().version();
    }

    @Test
    void itemsShowMembersByNameAndLocalFormats() throws Exception {
        String russian = page(member, "/catalogs/" + regions.id());
        CurrentMember english = new CurrentMember(member.memberId(), org, member.email(), "Test Member", false,
                Locale.ENGLISH, ZoneId.of("Europe/Moscow"));
        String inEnglish = page(english, "/catalogs/" + regions.id());

        assertThat(russian).contains("Ольга Складова").doesNotContain(managerEmail + "</td>")
                .contains("567,50").contains("2026 г.");
        assertThat(inEnglish).contains("1,234,567.50").contains("Dec 31, 2026");
    }

    @Test
    void formatsFollowSwitchedLanguage() throws Exception {
        String switched = page(member, "/catalogs/" + regions.id() + "?lang=en");

        assertThat(switched).contains("1,234,567.50");
        assertThat(switched).contains("Dec 31, 2026");
    }

    @Test
    void memberSeesNoEditingControls() throws Exception {
        String list = page(member, "/catalogs");
        String items = page(member, "/catalogs/" + regions.id());

        assertThat(list).contains("Регионы").doesNotContain("id=\"create-catalog\"");
        assertThat(items).contains("id=\"catalog-toolbar\"").doesNotContain("id=\"add-item\"")
                .doesNotContain("id=\"catalog-settings\"").doesNotContain("id=\"edit-item-");
    }

    @Test
    void memberIsRefusedEveryWrite() throws Exception {
        CatalogItem moscow = item("Москва");
        String base = "/catalogs/" + regions.id();

        mvc.perform(get("/catalogs/new").with(signedInAs(member))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/settings").with(signedInAs(member))).andExpect(status().isForbidden());
        mvc.perform(get(base + "/items/" + moscow.id()).with(signedInAs(member))).andExpect(status().isForbidden());
        mvc.perform(postAs(member, "/catalogs").param("catalogName", "Чужой").param("name", "Код").param("type", "text"))
                .andExpect(status().isForbidden());
        mvc.perform(postAs(member, base + "/items").param("value", "Казань")).andExpect(status().isForbidden());
        mvc.perform(postAs(member, base + "/items/" + moscow.id()).param("version", String.valueOf(version(moscow)))
                .param("value", "Москва", "", "1", "")).andExpect(status().isForbidden());
        mvc.perform(postAs(member, base + "/items/" + moscow.id() + "/archive").param("version", String.valueOf(version(moscow))))
                .andExpect(status().isForbidden());
        mvc.perform(postAs(member, base + "/rename").param("version", "1").param("catalogName", "Чужой"))
                .andExpect(status().isForbidden());
        mvc.perform(postAs(member, base + "/columns").param("version", "1").param("source", "0").param("name", "Код")
                .param("type", "text")).andExpect(status().isForbidden());
        mvc.perform(postAs(member, base + "/archive")).andExpect(status().isForbidden());

        assertThat(catalogs.list(org)).extracting(Catalog::name).containsExactly("Регионы");
        assertThat(catalogs.find(org, regions.id()).orElseThrow()).isEqualTo(regions);
        assertThat(catalogs.items(org, regions.id(), true)).containsExactly(moscow);
    }

    @Test
    void adminCreatesCatalogWithColumns() throws Exception {
        String form = page(admin, "/catalogs/new");
        assertThat(form).contains("id=\"catalog-columns\"").contains("сотрудник");

        String location = mvc.perform(postAs(admin, "/catalogs").param("catalogName", "Склады")
                        .param("source", "-1", "-1", "-1")
                        .param("name", "Склад", "Адрес, офис", "Заведующий")
                        .param("type", "text", "text", "member"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();

        Catalog created = catalogs.list(org).stream().filter(c -> c.name().equals("Склады")).findFirst().orElseThrow();
        assertThat(location).isEqualTo("/catalogs/" + created.id());
        assertThat(created.headers()).containsExactly(new Catalog.Header("Склад", "text"),
                new Catalog.Header("Адрес, офис", "text"), new Catalog.Header("Заведующий", "member"));
    }

    @Test
    void createShowsRejectionBesideTheForm() throws Exception {
        String page = mvc.perform(postAs(admin, "/catalogs").param("catalogName", "Склады")
                        .param("source", "-1", "-1").param("name", "Склад", "склад").param("type", "text", "text"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"catalog-error\"").contains("Столбец «склад» встречается несколько раз")
                .contains("value=\"Склады\"");
        assertThat(catalogs.list(org)).extracting(Catalog::name).doesNotContain("Склады");
    }

    @Test
    void adminAddsItemWithMemberFromList() throws Exception {
        String form = page(admin, "/catalogs/" + regions.id() + "/items/new");
        assertThat(form).contains("<option value=\"" + managerEmail + "\"").contains("Ольга Складова")
                .contains("type=\"date\"");

        mvc.perform(postAs(admin, "/catalogs/" + regions.id() + "/items")
                        .param("value", "Санкт-Петербург", managerEmail, "500000", "2027-01-15"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/catalogs/" + regions.id() + "?added"));

        assertThat(item("Санкт-Петербург").values()).containsExactly("Санкт-Петербург", managerEmail, "500000.00", "2027-01-15");
    }

    @Test
    void addingTakenKeyKeepsTypedValues() throws Exception {
        String page = mvc.perform(postAs(admin, "/catalogs/" + regions.id() + "/items")
                        .param("value", "Москва", "", "10", ""))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"item-error\"").contains("Москва").contains("value=\"10\"");
        assertThat(catalogs.items(org, regions.id(), true)).hasSize(1);
    }

    @Test
    void adminEditsItemKeyAndValues() throws Exception {
        CatalogItem moscow = item("Москва");
        String form = page(admin, "/catalogs/" + regions.id() + "/items/" + moscow.id());
        assertThat(form).contains("name=\"version\" value=\"" + version(moscow) + "\"").contains("value=\"2026-12-31\"");

        mvc.perform(postAs(admin, "/catalogs/" + regions.id() + "/items/" + moscow.id())
                        .param("version", String.valueOf(version(moscow)))
                        .param("value", "Москва и область", managerEmail, "2000000", "2026-12-31"))
                .andExpect(status().is3xxRedirection());

        assertThat(catalogs.item(org, moscow.id()).orElseThrow().values())
                .containsExactly("Москва и область", managerEmail, "2000000.00", "2026-12-31");
    }

    @Test
    void staleEditShowsConflictAndStoredValues() throws Exception {
        CatalogItem moscow = item("Москва");
        long opened = version(moscow);
        editor.editItem(org, regions.id(), moscow.id(), opened, List.of("Москва", managerEmail, "999", "2026-12-31"));

        String page = mvc.perform(postAs(admin, "/catalogs/" + regions.id() + "/items/" + moscow.id())
                        .param("version", String.valueOf(opened))
                        .param("value", "Москва", "", "1", "2026-12-31"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"item-error\"").contains("Кто-то изменил элемент «Москва»")
                .contains("id=\"item-current\"").contains("999,00")
                .contains("name=\"version\" value=\"" + version(moscow) + "\"");
        assertThat(catalogs.item(org, moscow.id()).orElseThrow().values().get(2)).isEqualTo("999.00");
    }

    @Test
    void archivedItemsAreListedAndRestored() throws Exception {
        CatalogItem moscow = item("Москва");
        String base = "/catalogs/" + regions.id();

        mvc.perform(postAs(admin, base + "/items/" + moscow.id() + "/archive").param("version", String.valueOf(version(moscow))))
                .andExpect(redirectedUrl(base + "?archivedItem"));

        assertThat(page(admin, base)).doesNotContain("data-item=\"" + moscow.id() + "\"");
        String archived = page(admin, base + "?archived=true");
        assertThat(archived).contains("data-item=\"" + moscow.id() + "\"").contains("id=\"restore-item-" + moscow.id() + "\"");

        mvc.perform(postAs(admin, base + "/items/" + moscow.id() + "/restore").param("version", String.valueOf(version(moscow))))
                .andExpect(status().is3xxRedirection());

        assertThat(page(admin, base)).contains("data-item=\"" + moscow.id() + "\"");
    }

    @Test
    void searchAndPagingKeepTheFilters() throws Exception {
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= 120; i++) {
            rows.add(List.of("Город " + i, i % 2 == 0 ? managerEmail : "", "1", ""));
        }
        Catalog cities = catalogs.create(org, "Города", regions.headers(), rows);
        String base = "/catalogs/" + cities.id();

        String first = page(member, base + "?q=город&c1=" + managerEmail);
        assertThat(first.split("data-item=", -1)).hasSize(1 + 50);
        Matcher link = Pattern.compile("href=\"([^\"]+)\" class=\"button\" id=\"next-page\"").matcher(first);
        assertThat(link.find()).as("next page link").isTrue();
        String next = link.group(1);
        assertThat(next).contains("q=").contains("c1=").contains("after=");

        // the link is already percent-encoded, so it goes in as a URI that MockMvc does not encode again
        String second = mvc.perform(get(URI.create(next.replace("&amp;", "&"))).with(signedInAs(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(second.split("data-item=", -1)).hasSize(1 + 10);
        assertThat(second).contains("id=\"previous-page\"").doesNotContain("id=\"next-page\"");
        assertThat(page(member, base + "?q=Ольга")).contains("Город 2<").doesNotContain("Город 1<");
        assertThat(page(member, base + "?q=нет+такого")).contains("id=\"no-items\"");
    }

    @Test
    void adminChangesColumnsOnSettingsPage() throws Exception {
        String base = "/catalogs/" + regions.id();
        String settings = page(admin, base + "/settings");
        long version = queries.catalogVersion(org, regions.id());
        assertThat(settings).contains("name=\"version\" value=\"" + version + "\"");

        mvc.perform(postAs(admin, base + "/columns").param("version", String.valueOf(version))
                        .param("source", "0", "2", "1", "-1")
                        .param("name", "Регион", "Лимит, руб.", "Менеджер", "Комментарий")
                        .param("type", "text", "money", "member", "text"))
                .andExpect(redirectedUrl(base + "/settings?saved"));

        assertThat(catalogs.find(org, regions.id()).orElseThrow().headers()).extracting(Catalog.Header::name)
                .containsExactly("Регион", "Лимит, руб.", "Менеджер", "Комментарий");
        assertThat(item("Москва").values()).containsExactly("Москва", "1234567.50", managerEmail, "");
    }

    @Test
    void staleColumnChangeShowsCurrentColumns() throws Exception {
        String base = "/catalogs/" + regions.id();
        long opened = queries.catalogVersion(org, regions.id());
        editor.rename(org, regions.id(), opened, "Регионы продаж");

        String page = mvc.perform(postAs(admin, base + "/columns").param("version", String.valueOf(opened))
                        .param("source", "0").param("name", "Регион").param("type", "text"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Кто-то изменил справочник «Регионы продаж»").contains("value=\"Менеджер\"");
        assertThat(catalogs.find(org, regions.id()).orElseThrow().headers()).hasSize(4);
    }

    @Test
    void archivedCatalogIsHiddenUntilAskedAndRestored() throws Exception {
        String base = "/catalogs/" + regions.id();

        mvc.perform(postAs(admin, base + "/archive")).andExpect(redirectedUrl(base));

        assertThat(page(admin, "/catalogs")).doesNotContain(">Регионы<");
        assertThat(page(admin, "/catalogs?archived=true")).contains(">Регионы<").contains("id=\"hide-archived\"");
        assertThat(page(admin, base)).contains("id=\"catalog-archived-note\"").doesNotContain("id=\"add-item\"");

        mvc.perform(postAs(admin, base + "/restore")).andExpect(redirectedUrl(base));

        assertThat(page(admin, "/catalogs")).contains(">Регионы<");
    }
}
