package io.potok.catalogs.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@PotokTest
@AutoConfigureMockMvc
class CatalogImportPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    CurrentMember admin;
    CurrentMember member;
    Catalog products;

    @BeforeEach
    void createOrganization() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long org = organizations.organization();
        admin = TestOrganizations.signedIn(org, organizations.member(org, null), true);
        member = TestOrganizations.signedIn(org, organizations.member(org, null), false);
        products = catalogs.create(org, "Товары " + UUID.randomUUID(),
                List.of(new Catalog.Header("Артикул", "text"), new Catalog.Header("Цена", "money")),
                List.of(List.of("CM-1", "1000.00")));
    }

    @Test
    void importPagesRejectNonAdministrators() throws Exception {
        String base = "/catalogs/" + products.id() + "/import";

        mvc.perform(get(base).with(signedInAs(member))).andExpect(status().isForbidden());
        mvc.perform(upload(base, "a.csv", "Артикул\nCM-2\n").with(signedInAs(member)))
                .andExpect(status().isForbidden());
        mvc.perform(post(base + "/1/confirm").with(csrf()).with(signedInAs(member)))
                .andExpect(status().isForbidden());
    }

    @Test
    void uploadLeadsToPreviewAndMapping() throws Exception {
        String base = "/catalogs/" + products.id() + "/import";

        String location = mvc.perform(upload(base, "цены.csv", "Артикул;Стоимость\nCM-1;1 100,00\n")
                        .with(signedInAs(admin)))
                .andExpect(status().is3xxRedirection())
                .andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(signedInAs(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String list = mvc.perform(get(base).with(signedInAs(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(location).matches(base + "/\\d+");
        assertThat(page).contains("id=\"preview\"", "1 100,00", "id=\"mapping-form\"", "Стоимость");
        assertThat(list).contains("цены.csv", "Сопоставление столбцов");
    }

    @Test
    void emptyUploadShowsReason() throws Exception {
        String page = mvc.perform(upload("/catalogs/" + products.id() + "/import", "пусто.csv", "")
                        .with(signedInAs(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"import-error\"", "В файле «пусто.csv» нет строк.");
    }

    @Test
    void checkWithoutKeyShowsReason() throws Exception {
        String base = "/catalogs/" + products.id() + "/import";
        String location = mvc.perform(upload(base, "a.csv", "Код,Цена\nCM-1,5\n").with(signedInAs(admin)))
                .andReturn().getResponse().getRedirectedUrl();

        String page = mvc.perform(post(location + "/check").param("column", "", "Цена")
                        .with(csrf()).with(signedInAs(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Ключевому столбцу «Артикул» не сопоставлен ни один столбец файла.");
    }

    @Test
    void importOfAnotherCatalogIsNotFound() throws Exception {
        String location = mvc.perform(upload("/catalogs/" + products.id() + "/import", "a.csv", "Артикул\nCM-2\n")
                        .with(signedInAs(admin)))
                .andReturn().getResponse().getRedirectedUrl();
        Catalog other = catalogs.create(admin.orgId(), "Другой " + UUID.randomUUID(),
                List.of(new Catalog.Header("Ключ", "text")), List.of());
        String importId = location.substring(location.lastIndexOf('/') + 1);

        mvc.perform(get("/catalogs/" + other.id() + "/import/" + importId).with(signedInAs(admin)))
                .andExpect(status().isNotFound());
    }

    private static org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder upload(
            String url, String fileName, String text) {
        MockMultipartFile file = new MockMultipartFile("file", fileName, "text/csv",
                text.getBytes(StandardCharsets.UTF_8));
        return (org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder)
                multipart(url).file(file).with(csrf());
    }
}
