package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PotokTest
class CatalogsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    private record Setup(ApiCaller caller, Catalog products) {
    }

    private Setup setup() {
        long org = new TestOrganizations(jdbc).organization();
        ApiCaller caller = ApiCaller.create(jdbc, port, org, null, false);
        Catalog products = catalogs.create(org, "Товары",
                List.of(new Catalog.Header("Артикул", "text"), new Catalog.Header("Название", "text")),
                List.of(List.of("CM-1", "Кофемашина Jura E8"), List.of("CM-2", "Кофемашина Saeco"),
                        List.of("CP-1", "Капсулы Lungo")));
        return new Setup(caller, products);
    }

    private void delete(long catalogId, String key) {
        jdbc.sql("update catalog_items set deleted = true where catalog_id = :catalog and item_key = :key")
                .param("catalog", catalogId).param("key", key).update();
    }

    @Test
    void listShowsCatalogsWithoutItems() {
        Setup setup = setup();

        JsonNode list = setup.caller().get("/api/v4/catalogs").json().get("catalogs");

        assertThat(list).hasSize(1);
        assertThat(list.get(0).get("catalog_id").asLong()).isEqualTo(setup.products().id());
        assertThat(list.get(0).get("name").asString()).isEqualTo("Товары");
        assertThat(list.get(0).has("items")).isFalse();
    }

    @Test
    void catalogHasHeadersAndItems() {
        Setup setup = setup();

        JsonNode catalog = setup.caller().get("/api/v4/catalogs/" + setup.products().id()).json();

        assertThat(catalog.get("catalog_headers").get(1).get("name").asString()).isEqualTo("Название");
        assertThat(catalog.get("catalog_headers").get(1).get("type").asString()).isEqualTo("text");
        assertThat(catalog.get("items")).hasSize(3);
        assertThat(catalog.get("items").get(0).get("item_id").isNumber()).isTrue();
        assertThat(catalog.get("items").get(0).get("values").get(0).asString()).isEqualTo("CM-1");
    }

    @Test
    void deletedItemsOnlyWhenAsked() {
        Setup setup = setup();
        delete(setup.products().id(), "CM-2");

        JsonNode live = setup.caller().get("/api/v4/catalogs/" + setup.products().id()).json().get("items");
        JsonNode all = setup.caller().get("/api/v4/catalogs/" + setup.products().id() + "?include_deleted=true")
                .json().get("items");

        assertThat(live.findValuesAsString("deleted")).isEmpty();
        assertThat(live).hasSize(2);
        assertThat(all).hasSize(3);
        assertThat(all.get(1).get("deleted").asBoolean()).isTrue();
    }

    @Test
    void filtersItemsByColumnValue() {
        Setup setup = setup();
        String base = "/api/v4/catalogs/" + setup.products().id();

        JsonNode exact = setup.caller().get(base + "?column=Артикул&value=cp-1").json().get("items");
        JsonNode wildcard = setup.caller().get(base + "?column=Название&value=Кофемашина*&use_wildcard=true")
                .json().get("items");

        assertThat(exact).hasSize(1);
        assertThat(exact.get(0).get("values").get(1).asString()).isEqualTo("Капсулы Lungo");
        assertThat(wildcard).hasSize(2);
    }

    @Test
    void unknownFilterColumnIsRejected() {
        Setup setup = setup();

        ApiCaller.Reply reply = setup.caller().get("/api/v4/catalogs/" + setup.products().id()
                + "?column=Цена&value=1", "en");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("invalid_catalog_filter");
        assertThat(reply.json().get("error").asString()).contains("\"Цена\"");
    }

    @Test
    void foreignCatalogIsNotFound() {
        Setup mine = setup();
        Setup theirs = setup();

        ApiCaller.Reply reply = mine.caller().get("/api/v4/catalogs/" + theirs.products().id());

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("catalog_not_found");
        assertThat(reply.json().get("error").asString()).contains(String.valueOf(theirs.products().id()));
    }
}
