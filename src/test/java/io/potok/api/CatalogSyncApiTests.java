package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PotokTest
class CatalogSyncApiTests {

    private static final String PRODUCTS = """
            {"name": "Товары",
             "catalog_headers": [{"name": "Артикул"}, {"name": "Название"}, {"name": "Цена", "type": "money"},
                                 {"name": "Годен до", "type": "date"}],
             "items": [{"values": ["CM-1", "Кофемашина", "45 990", "31.12.2027"]},
                       {"values": ["CP-2", "Капсулы", "350,5", ""]},
                       {"values": ["CP-3", "Фильтры", "99.90", "2027-01-31"]}]}
            """;

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Catalogs catalogs;

    @Autowired
    Forms forms;

    private record Setup(long org, ApiCaller admin, ApiCaller member, long catalogId) {
    }

    private Setup setup() {
        long org = new TestOrganizations(jdbc).organization();
        ApiCaller admin = ApiCaller.create(jdbc, port, org, null, true);
        ApiCaller member = ApiCaller.create(jdbc, port, org, null, false);
        ApiCaller.Reply created = admin.put("/api/v4/catalogs", PRODUCTS);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return new Setup(org, admin, member, created.json().get("catalog_id").asLong());
    }

    private List<List<String>> stored(Setup setup) {
        List<List<String>> rows = new ArrayList<>();
        for (CatalogItem item : catalogs.items(setup.org(), setup.catalogId(), true)) {
            List<String> row = new ArrayList<>(item.values());
            row.add(item.deleted() ? "archived" : "live");
            rows.add(row);
        }
        return rows;
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }

    @Test
    void createStoresTypedNormalizedValues() {
        Setup setup = setup();

        Catalog catalog = catalogs.find(setup.org(), setup.catalogId()).orElseThrow();

        assertThat(catalog.name()).isEqualTo("Товары");
        assertThat(catalog.headers()).containsExactly(new Catalog.Header("Артикул", "text"),
                new Catalog.Header("Название", "text"), new Catalog.Header("Цена", "money"),
                new Catalog.Header("Годен до", "date"));
        assertThat(stored(setup)).containsExactly(
                List.of("CM-1", "Кофемашина", "45990.00", "2027-12-31", "live"),
                List.of("CP-2", "Капсулы", "350.50", "", "live"),
                List.of("CP-3", "Фильтры", "99.90", "2027-01-31", "live"));
    }

    @Test
    void createReturnsCatalogWithItems() {
        long org = new TestOrganizations(jdbc).organization();
        ApiCaller admin = ApiCaller.create(jdbc, port, org, null, true);

        ApiCaller.Reply reply = admin.put("/v4/catalogs", PRODUCTS);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("catalog_headers").get(2).get("type").asString()).isEqualTo("money");
        assertThat(reply.json().get("items")).hasSize(3);
        assertThat(reply.json().get("items").get(0).get("item_id").isNumber()).isTrue();
        assertThat(texts(reply.json().get("items").get(1).get("values")))
                .containsExactly("CP-2", "Капсулы", "350.50", "");
    }

    @Test
    void createRejectsBadValueAndCreatesNothing() {
        long org = new TestOrganizations(jdbc).organization();
        ApiCaller admin = ApiCaller.create(jdbc, port, org, null, true);

        ApiCaller.Reply reply = admin.put("/api/v4/catalogs", PRODUCTS.replace("99.90", "девяносто"), "en");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("catalog_value_invalid");
        assertThat(reply.json().get("error").asString()).contains("\"девяносто\"", "\"Цена\"", "\"CP-3\"");
        assertThat(catalogs.list(org)).isEmpty();
    }

    @Test
    void createRejectsUnknownColumnType() {
        long org = new TestOrganizations(jdbc).organization();
        ApiCaller admin = ApiCaller.create(jdbc, port, org, null, true);

        ApiCaller.Reply reply = admin.put("/api/v4/catalogs",
                "{\"name\": \"Склады\", \"catalog_headers\": [{\"name\": \"Склад\", \"type\": \"warehouse\"}]}", "en");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("catalog_column_type_unknown");
        assertThat(reply.json().get("error").asString()).contains("\"warehouse\"");
    }

    @Test
    void syncWithoutApplyIsDryRun() {
        Setup setup = setup();
        List<List<String>> before = stored(setup);
        String body = """
                {"catalog_headers": [{"name": "Артикул"}, {"name": "Название"}, {"name": "Цена"},
                                     {"name": "Годен до"}],
                 "items": [{"values": ["CM-1", "Кофемашина", "47 990", "31.12.2027"]},
                           {"values": ["GR-4", "Кофе в зёрнах", "890", ""]}]}
                """;

        JsonNode dryRun = setup.admin().post("/api/v4/catalogs/" + setup.catalogId(), body).json();

        assertThat(dryRun.get("apply").asBoolean()).isFalse();
        assertThat(stored(setup)).isEqualTo(before);

        JsonNode applied = setup.admin().post("/api/v4/catalogs/" + setup.catalogId(),
                body.replaceFirst("\\{", "{\"apply\": true,")).json();

        assertThat(applied.get("apply").asBoolean()).isTrue();
        assertThat(dryRun.get("updated")).isEqualTo(applied.get("updated"));
        assertThat(dryRun.get("deleted")).isEqualTo(applied.get("deleted"));
        assertThat(dryRun.get("catalog_headers")).isEqualTo(applied.get("catalog_headers"));
        assertThat(texts(dryRun.get("added").get(0).get("values")))
                .isEqualTo(texts(applied.get("added").get(0).get("values")));
        assertThat(dryRun.get("added").get(0).has("item_id")).isFalse();
        assertThat(applied.get("added").get(0).get("item_id").isNumber()).isTrue();
        assertThat(texts(applied.get("updated").get(0).get("values")))
                .containsExactly("CM-1", "Кофемашина", "47990.00", "2027-12-31");
        assertThat(applied.get("deleted")).extracting(item -> item.get("values").get(0).asString())
                .containsExactlyInAnyOrder("CP-2", "CP-3");
    }

    @Test
    void syncResponseHasRecordedShape() {
        Setup setup = setup();

        JsonNode reply = setup.admin().post("/api/v4/catalogs/" + setup.catalogId(), """
                {"apply": false,
                 "catalog_headers": [{"name": "Артикул"}],
                 "items": [{"values": ["CM-1"]}, {"values": ["CP-2"]}, {"values": ["CP-3"]}]}
                """).json();

        WireShapes.assertSameShape(reply, ApiCaller.fixture("sync_catalog.json"));
        assertThat(reply.get("updated")).hasSize(3);
        assertThat(reply.get("catalog_headers").get(0).get("type").asString()).isEqualTo("text");
    }

    @Test
    void syncDropsColumnsNotSent() {
        Setup setup = setup();

        ApiCaller.Reply reply = setup.admin().post("/api/v4/catalogs/" + setup.catalogId(), """
                {"apply": true,
                 "catalog_headers": [{"name": "Артикул"}, {"name": "Цена"}, {"name": "Остаток", "type": "number"}],
                 "items": [{"values": ["CM-1", "45990", "3"]}, {"values": ["CP-2", "350.50", "120"]},
                           {"values": ["CP-3", "99.9", ""]}]}
                """);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(catalogs.find(setup.org(), setup.catalogId()).orElseThrow().headers()).containsExactly(
                new Catalog.Header("Артикул", "text"), new Catalog.Header("Цена", "money"),
                new Catalog.Header("Остаток", "number"));
        assertThat(stored(setup)).containsExactly(
                List.of("CM-1", "45990.00", "3", "live"),
                List.of("CP-2", "350.50", "120", "live"),
                List.of("CP-3", "99.90", "", "live"));
    }

    @Test
    void badValueRejectsSyncAndChangesNothing() {
        Setup setup = setup();
        List<List<String>> before = stored(setup);

        ApiCaller.Reply reply = setup.admin().post("/api/v4/catalogs/" + setup.catalogId(), """
                {"apply": true, "items": [{"values": ["CM-1", "Кофемашина", "45990", "32.12.2027"]}]}
                """, "en");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("catalog_value_invalid");
        assertThat(reply.json().get("error").asString()).contains("\"32.12.2027\"", "\"Годен до\"", "\"CM-1\"");
        assertThat(stored(setup)).isEqualTo(before);
    }

    @Test
    void duplicateKeyRejectsSyncAndChangesNothing() {
        Setup setup = setup();
        List<List<String>> before = stored(setup);

        ApiCaller.Reply reply = setup.admin().post("/api/v4/catalogs/" + setup.catalogId(), """
                {"apply": true, "items": [{"values": ["CM-1"]}, {"values": ["CM-1"]}]}
                """, "ru");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("catalog_key_duplicated");
        assertThat(reply.json().get("error").asString()).contains("«CM-1»");
        assertThat(stored(setup)).isEqualTo(before);
    }

    @Test
    void diffKeepsItemsNotMentioned() {
        Setup setup = setup();

        ApiCaller.Reply reply = setup.admin().post("/api/v4/catalogs/" + setup.catalogId() + "/diff", """
                {"upsert": [{"values": ["CP-2", "Капсулы Lungo", "360", ""]},
                            {"values": ["GR-4", "Кофе в зёрнах", "890", ""]}],
                 "delete": ["CM-1"]}
                """);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("apply").asBoolean()).isTrue();
        assertThat(stored(setup)).containsExactly(
                List.of("CM-1", "Кофемашина", "45990.00", "2027-12-31", "archived"),
                List.of("CP-2", "Капсулы Lungo", "360.00", "", "live"),
                List.of("CP-3", "Фильтры", "99.90", "2027-01-31", "live"),
                List.of("GR-4", "Кофе в зёрнах", "890.00", "", "live"));
    }

    @Test
    void diffWithApplyFalseIsDryRun() {
        Setup setup = setup();
        List<List<String>> before = stored(setup);

        JsonNode reply = setup.admin().post("/api/v4/catalogs/" + setup.catalogId() + "/diff",
                "{\"apply\": false, \"delete\": [\"CM-1\"]}").json();

        assertThat(reply.get("apply").asBoolean()).isFalse();
        assertThat(reply.get("deleted")).hasSize(1);
        assertThat(stored(setup)).isEqualTo(before);
    }

    @Test
    void membersWhoAreNotAdminsCannotWrite() {
        Setup setup = setup();
        List<List<String>> before = stored(setup);
        String base = "/api/v4/catalogs/" + setup.catalogId();

        List<ApiCaller.Reply> replies = List.of(
                setup.member().put("/api/v4/catalogs", PRODUCTS, "en"),
                setup.member().post(base, "{\"apply\": true, \"items\": []}", "en"),
                setup.member().post(base + "/diff", "{\"delete\": [\"CM-1\"]}", "en"));

        for (ApiCaller.Reply reply : replies) {
            assertThat(reply.status()).isEqualTo(403);
            assertThat(reply.json().get("error_code").asString()).isEqualTo("catalog_change_denied");
            assertThat(reply.json().get("error").asString()).contains("administrator");
        }
        assertThat(stored(setup)).isEqualTo(before);
        assertThat(catalogs.list(setup.org())).hasSize(1);
    }

    @Test
    void archivedItemStaysOnTaskAndComesBack() {
        Setup setup = setup();
        Form form = forms.create(setup.org(), "Заказы " + System.nanoTime(), new FormDefinition(List.of(
                FieldDefinition.of(1, "Товар", FieldType.CATALOG).withInfo(FieldSettings.catalog(setup.catalogId()))),
                null), null);
        forms.grant(setup.org(), form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        long itemId = catalogs.itemByKey(setup.org(), setup.catalogId(), "CP-3").orElseThrow().id();
        ApiCaller.Reply created = setup.member().post("/api/v4/tasks", """
                {"form_id": %d, "fields": [{"id": 1, "value": {"item_id": %d}}]}
                """.formatted(form.id(), itemId));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        long taskId = created.json().get("task").get("id").asLong();

        JsonNode synced = setup.admin().post("/api/v4/catalogs/" + setup.catalogId(), """
                {"apply": true, "items": [{"values": ["CM-1"]}, {"values": ["CP-2"]}]}
                """).json();
        JsonNode value = setup.member().get("/api/v4/tasks/" + taskId).json()
                .get("task").get("fields").get(0).get("value");

        assertThat(synced.get("deleted").get(0).get("item_id").asLong()).isEqualTo(itemId);
        assertThat(value.get("item_id").asLong()).isEqualTo(itemId);
        assertThat(texts(value.get("values"))).containsExactly("CP-3", "Фильтры", "99.90", "2027-01-31");

        JsonNode restored = setup.admin().post("/api/v4/catalogs/" + setup.catalogId() + "/diff", """
                {"upsert": [{"values": ["CP-3", "Фильтры бумажные", "120", ""]}]}
                """).json();

        assertThat(restored.get("added").get(0).get("item_id").asLong()).isEqualTo(itemId);
        assertThat(catalogs.item(setup.org(), itemId).orElseThrow().deleted()).isFalse();
    }

    @Test
    void filterIgnoresCaseOfCyrillicText() {
        Setup setup = setup();
        String base = "/api/v4/catalogs/" + setup.catalogId();

        JsonNode exact = setup.member().get(base + "?column=Название&value=КАПСУЛЫ").json().get("items");
        JsonNode wildcard = setup.member().get(base + "?column=название&value=*ФИЛЬТ*&use_wildcard=true")
                .json().get("items");
        JsonNode literal = setup.member().get(base + "?column=Название&value=*ФИЛЬТ*").json().get("items");

        assertThat(exact).extracting(item -> item.get("values").get(0).asString()).containsExactly("CP-2");
        assertThat(wildcard).extracting(item -> item.get("values").get(0).asString()).containsExactly("CP-3");
        assertThat(literal).isEmpty();
    }
}
