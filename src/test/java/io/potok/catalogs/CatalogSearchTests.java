package io.potok.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search and keyset paging over a catalog of 1,200 products: every fourth product is a coffee machine, the
 * rest are capsules, regions rotate over four cities, and two managers take turns.
 */
@PotokTest
class CatalogSearchTests {

    private static final int SIZE = 1200;
    private static final String[] REGIONS = {"Москва", "Санкт-Петербург", "Екатеринбург", "Новосибирск"};

    @Autowired
    Catalogs catalogs;

    @Autowired
    CatalogQueries queries;

    @Autowired
    CatalogEditor editor;

    @Autowired
    JdbcClient jdbc;

    long org;
    long catalogId;
    String ivanova;
    String petrov;

    @BeforeEach
    void createProducts() {
        org = new TestOrganizations(jdbc).organization();
        ivanova = member("Мария", "Иванова");
        petrov = member("Пётр", "Петров");
        List<List<String>> rows = new ArrayList<>();
        for (int i = 1; i <= SIZE; i++) {
            String name = i % 4 == 0 ? "Кофемашина Модель " + i : "Капсулы 100% арабика № " + i;
            rows.add(List.of(String.format("P-%04d", i), name, REGIONS[i % 4], i % 2 == 0 ? ivanova : petrov, i + ".00"));
        }
        catalogId = catalogs.create(org, "Товары", List.of(new Catalog.Header("Артикул", "text"),
                new Catalog.Header("Название", "text"), new Catalog.Header("Регион", "text"),
                new Catalog.Header("Менеджер", "member"), new Catalog.Header("Цена", "money")), rows).id();
    }

    private String member(String first, String last) {
        String email = UUID.randomUUID() + "@test.local";
        jdbc.sql("insert into members (org_id, email, first_name, last_name) values (:org, :email, :first, :last)")
                .param("org", org).param("email", email).param("first", first).param("last", last).update();
        return email;
    }

    private CatalogItemPage search(String text, Map<Integer, String> filters) {
        return queries.search(org, catalogId, new CatalogItemQuery(text, filters, false, 0, 0, 50));
    }

    private static List<String> keys(CatalogItemPage page) {
        return page.rows().stream().map(row -> row.item().key()).toList();
    }

    @Test
    void nextPagesVisitEveryItemOnce() {
        Set<String> seen = new HashSet<>();
        CatalogItemQuery query = CatalogItemQuery.firstPage(50);
        int pages = 0;
        CatalogItemPage page;
        do {
            page = queries.search(org, catalogId, query);
            keys(page).forEach(key -> assertThat(seen.add(key)).as("seen twice: %s", key).isTrue());
            pages++;
            query = new CatalogItemQuery("", Map.of(), false, page.nextAfter() == null ? 0 : page.nextAfter(), 0, 50);
        } while (page.nextAfter() != null);

        assertThat(seen).hasSize(SIZE);
        assertThat(pages).isEqualTo(SIZE / 50);
    }

    @Test
    void previousPageReturnsTheSameItems() {
        CatalogItemPage first = queries.search(org, catalogId, CatalogItemQuery.firstPage(50));
        CatalogItemPage second = queries.search(org, catalogId, new CatalogItemQuery("", Map.of(), false, first.nextAfter(), 0, 50));
        CatalogItemPage back = queries.search(org, catalogId, new CatalogItemQuery("", Map.of(), false, 0, second.previousBefore(), 50));

        assertThat(first.previousBefore()).isNull();
        assertThat(keys(second).get(0)).isEqualTo("P-0051");
        assertThat(keys(back)).isEqualTo(keys(first));
        assertThat(back.previousBefore()).isNull();
        assertThat(back.nextAfter()).isEqualTo(first.nextAfter());
    }

    @Test
    void textSearchRequiresEveryWordInSomeCell() {
        CatalogItemPage machinesInMoscow = search("кофемашина москва", Map.of());

        // i % 4 == 0 is both a coffee machine and in Москва
        assertThat(keys(machinesInMoscow)).hasSize(50).allSatisfy(key -> assertThat(Integer.parseInt(key.substring(2)) % 4).isZero());
        assertThat(machinesInMoscow.nextAfter()).isNotNull();
        assertThat(keys(search("P-0777", Map.of()))).containsExactly("P-0777");
        assertThat(keys(search("москва петербург", Map.of()))).isEmpty();
    }

    @Test
    void wildcardsInSearchAreLiteral() {
        assertThat(keys(search("100%", Map.of()))).hasSize(50);
        assertThat(keys(search("P_0", Map.of()))).isEmpty();
        assertThat(keys(search("P-0%", Map.of()))).isEmpty();
    }

    @Test
    void searchFindsMemberCellsByName() {
        CatalogItemPage page = search("иванова", Map.of());

        assertThat(page.rows()).hasSize(50).allSatisfy(row -> assertThat(row.item().values().get(3)).isEqualTo(ivanova));
    }

    @Test
    void columnFiltersNarrowTheSearch() {
        CatalogItemPage page = search("", Map.of(2, "екатеринбург", 3, petrov.toUpperCase()));
        List<String> filteredKeys = new ArrayList<>(keys(page));
        while (page.nextAfter() != null) {
            page = queries.search(org, catalogId, new CatalogItemQuery("", Map.of(2, "екатеринбург", 3, petrov), false,
                    page.nextAfter(), 0, 50));
            filteredKeys.addAll(keys(page));
        }

        // i % 4 == 2 is Екатеринбург, and those are even, so their manager is Иванова: no item matches both
        assertThat(filteredKeys).isEmpty();
        assertThat(keys(search("", Map.of(2, "Новосибирск", 3, petrov)))).hasSize(50)
                .allSatisfy(key -> assertThat(Integer.parseInt(key.substring(2)) % 4).isEqualTo(3));
        assertThat(keys(search("", Map.of(0, "P-00")))).hasSize(50);
        assertThat(keys(search("", Map.of(1, "P-00")))).isEmpty();
    }

    @Test
    void archivedItemsAreSearchedSeparately() {
        CatalogItem item = catalogs.itemByKey(org, catalogId, "P-0100").orElseThrow();
        long version = queries.item(org, catalogId, item.id()).orElseThrow().version();
        editor.archiveItem(org, catalogId, item.id(), version);

        CatalogItemPage archived = queries.search(org, catalogId, new CatalogItemQuery("", Map.of(), true, 0, 0, 50));

        assertThat(keys(archived)).containsExactly("P-0100");
        assertThat(keys(search("P-0100", Map.of()))).isEmpty();
    }
}
