package io.potok.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class CatalogsTests {

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    private Catalog products(long org) {
        return catalogs.create(org, "Товары", List.of(new Catalog.Header("Артикул", "text"),
                        new Catalog.Header("Цена", "money")),
                List.of(List.of("CM-1", "1000.00"), List.of("CP-2", "350.50"), List.of("CP-3", "99.90")));
    }

    @Test
    void createdCatalogKeepsHeadersAndItemsInOrder() {
        long org = new TestOrganizations(jdbc).organization();

        Catalog created = products(org);

        assertThat(created.name()).isEqualTo("Товары");
        assertThat(created.headers()).extracting(Catalog.Header::name).containsExactly("Артикул", "Цена");
        assertThat(catalogs.items(org, created.id(), false)).extracting(CatalogItem::key)
                .containsExactly("CM-1", "CP-2", "CP-3");
        assertThat(catalogs.itemByKey(org, created.id(), "CP-2")).map(CatalogItem::values)
                .contains(List.of("CP-2", "350.50"));
    }

    @Test
    void catalogIsInvisibleToOtherOrganizations() {
        var fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long otherOrg = fixtures.organization();
        Catalog created = products(org);
        long itemId = catalogs.items(org, created.id(), false).get(0).id();

        assertThat(catalogs.find(otherOrg, created.id())).isEmpty();
        assertThat(catalogs.list(otherOrg)).isEmpty();
        assertThat(catalogs.item(otherOrg, itemId)).isEmpty();
        assertThat(catalogs.items(otherOrg, List.of(itemId))).isEmpty();
        assertThat(catalogs.items(otherOrg, created.id(), true)).isEmpty();
    }

    @Test
    void pagesThroughItemsAfterLastId() {
        long org = new TestOrganizations(jdbc).organization();
        Catalog created = products(org);

        List<CatalogItem> first = catalogs.itemsAfter(org, created.id(), 0, 2);
        List<CatalogItem> second = catalogs.itemsAfter(org, created.id(), first.get(1).id(), 2);

        assertThat(first).extracting(CatalogItem::key).containsExactly("CM-1", "CP-2");
        assertThat(second).extracting(CatalogItem::key).containsExactly("CP-3");
    }
}
