package io.potok.catalogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.event.EventListener;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
@Import(CatalogSyncTests.Events.class)
class CatalogSyncTests {

    private static final Catalog.Header SKU = new Catalog.Header("Артикул", "text");
    private static final Catalog.Header NAME = new Catalog.Header("Название", "text");
    private static final Catalog.Header PRICE = new Catalog.Header("Цена", "money");

    @TestConfiguration
    static class Events {
        final List<CatalogItemsChanged> received = new CopyOnWriteArrayList<>();

        @EventListener
        void on(CatalogItemsChanged event) {
            received.add(event);
        }
    }

    @Autowired
    Catalogs catalogs;

    @Autowired
    CatalogSync sync;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Events events;

    long org;
    long catalogId;

    @BeforeEach
    void createCatalog() {
        org = new TestOrganizations(jdbc).organization();
        catalogId = catalogs.create(org, "Товары", List.of(SKU, NAME, PRICE), List.of(
                List.of("CM-1", "Кофемашина", "1000.00"),
                List.of("CP-2", "Капсулы", "350.50"),
                List.of("CP-3", "Фильтры", "99.90"))).id();
    }

    @Test
    void syncAddsUpdatesAndArchives() {
        SyncResult result = sync.sync(org, catalogId, null, List.of(
                List.of("CM-1", "Кофемашина", "1000"),
                List.of("CP-2", "Капсулы", "360,00"),
                List.of("GR-4", "Кофе в зёрнах", "890")), true, true);

        assertThat(result.applied()).isTrue();
        assertThat(result.added()).extracting(CatalogItem::values)
                .containsExactly(List.of("GR-4", "Кофе в зёрнах", "890.00"));
        assertThat(result.added().get(0).id()).isPositive();
        assertThat(result.updated()).extracting(CatalogItem::values)
                .containsExactly(List.of("CP-2", "Капсулы", "360.00"));
        assertThat(result.archived()).extracting(CatalogItem::key).containsExactly("CP-3");
        assertThat(live()).containsExactlyInAnyOrder(
                List.of("CM-1", "Кофемашина", "1000.00"),
                List.of("CP-2", "Капсулы", "360.00"),
                List.of("GR-4", "Кофе в зёрнах", "890.00"));
        assertThat(catalogs.items(org, catalogId, true)).filteredOn(CatalogItem::deleted)
                .extracting(CatalogItem::values).containsExactly(List.of("CP-3", "Фильтры", "99.90"));
    }

    @Test
    void syncWithoutArchiveMissingKeepsOtherItems() {
        SyncResult result = sync.sync(org, catalogId, null, List.of(List.of("GR-4", "Кофе", "1")), false, true);

        assertThat(result.archived()).isEmpty();
        assertThat(live()).hasSize(4);
    }

    @Test
    void dryRunReportsTheSameAndChangesNothing() {
        List<List<String>> before = all();
        List<List<String>> rows = List.of(List.of("CM-1", "Кофемашина", "1200"), List.of("GR-4", "Кофе", "890"));

        SyncResult dryRun = sync.sync(org, catalogId, null, rows, true, false);

        assertThat(dryRun.applied()).isFalse();
        assertThat(all()).isEqualTo(before);
        assertThat(events.received).noneMatch(event -> event.catalogId() == catalogId);

        SyncResult applied = sync.sync(org, catalogId, null, rows, true, true);

        assertThat(dryRun.added()).extracting(CatalogItem::values)
                .isEqualTo(applied.added().stream().map(CatalogItem::values).toList());
        assertThat(dryRun.updated()).isEqualTo(applied.updated());
        assertThat(dryRun.archived()).isEqualTo(applied.archived());
        assertThat(dryRun.headers()).isEqualTo(applied.headers());
    }

    @Test
    void appliedChangePublishesCounts() {
        sync.sync(org, catalogId, null, List.of(List.of("CM-1", "Кофемашина", "1"), List.of("N-1", "Новый", "2")),
                true, true);

        assertThat(events.received).filteredOn(event -> event.catalogId() == catalogId)
                .containsExactly(new CatalogItemsChanged(org, catalogId, 1, 1, 2));
    }

    @Test
    void unchangedSyncWritesNothing() {
        long version = version();

        SyncResult result = sync.sync(org, catalogId, null, live(), true, true);

        assertThat(result.added()).isEmpty();
        assertThat(result.updated()).isEmpty();
        assertThat(result.archived()).isEmpty();
        assertThat(version()).isEqualTo(version);
    }

    @Test
    void archivedKeyComesBackWithItsId() {
        long archivedId = catalogs.itemByKey(org, catalogId, "CP-3").orElseThrow().id();
        sync.diff(org, catalogId, List.of(), List.of("CP-3"), true);

        SyncResult result = sync.sync(org, catalogId, null, List.of(List.of("CP-3", "Фильтры бумажные", "120")),
                false, true);

        assertThat(result.added()).extracting(CatalogItem::id).containsExactly(archivedId);
        assertThat(catalogs.itemByKey(org, catalogId, "CP-3")).map(CatalogItem::values)
                .contains(List.of("CP-3", "Фильтры бумажные", "120.00"));
    }

    @Test
    void headersChangeMovesCellsByName() {
        List<Catalog.Header> headers = List.of(new Catalog.Header("Код", "text"), PRICE,
                new Catalog.Header("Остаток", "number"));

        SyncResult result = sync.sync(org, catalogId, headers, List.of(List.of("CM-1", "1000", "5")), false, true);

        assertThat(result.headers()).isEqualTo(headers);
        assertThat(catalogs.find(org, catalogId).orElseThrow().headers()).isEqualTo(headers);
        assertThat(result.updated()).extracting(CatalogItem::values).containsExactly(List.of("CM-1", "1000.00", "5"));
        assertThat(catalogs.itemByKey(org, catalogId, "CP-2")).map(CatalogItem::values)
                .contains(List.of("CP-2", "350.50", ""));
        assertThat(catalogs.items(org, catalogId, true)).allMatch(item -> item.values().size() == 3);
    }

    @Test
    void badValueRejectsWholeSync() {
        List<List<String>> before = all();

        assertThatThrownBy(() -> sync.sync(org, catalogId, null, List.of(
                List.of("CM-1", "Кофемашина", "1200"), List.of("CP-2", "Капсулы", "дорого")), true, true))
                .isInstanceOf(CatalogValueInvalid.class)
                .extracting(e -> List.of(((CatalogValueInvalid) e).arguments()))
                .isEqualTo(List.of("CP-2", "Цена", "дорого"));
        assertThat(all()).isEqualTo(before);
    }

    @Test
    void duplicateKeyRejectsWholeSync() {
        List<List<String>> before = all();

        assertThatThrownBy(() -> sync.sync(org, catalogId, null, List.of(
                List.of("CM-1", "Кофемашина", "1200"), List.of(" CM-1", "Кофемашина 2", "1")), true, true))
                .isInstanceOf(CatalogKeyDuplicated.class)
                .extracting(e -> List.of(((CatalogKeyDuplicated) e).arguments()))
                .isEqualTo(List.of("CM-1"));
        assertThat(all()).isEqualTo(before);
    }

    @Test
    void diffTouchesOnlyMentionedItems() {
        SyncResult result = sync.diff(org, catalogId,
                List.of(List.of("CP-2", "Капсулы", "400"), List.of("GR-4", "Кофе", "890")),
                List.of("CM-1", "NOPE"), true);

        assertThat(result.added()).extracting(CatalogItem::key).containsExactly("GR-4");
        assertThat(result.updated()).extracting(CatalogItem::key).containsExactly("CP-2");
        assertThat(result.archived()).extracting(CatalogItem::key).containsExactly("CM-1");
        assertThat(live()).containsExactlyInAnyOrder(
                List.of("CP-2", "Капсулы", "400.00"),
                List.of("CP-3", "Фильтры", "99.90"),
                List.of("GR-4", "Кофе", "890.00"));
    }

    @Test
    void diffRejectsKeyBothUpsertedAndDeleted() {
        assertThatThrownBy(() -> sync.diff(org, catalogId, List.of(List.of("CP-2", "Капсулы", "1")),
                List.of("CP-2"), true)).isInstanceOf(CatalogKeyDuplicated.class);
    }

    @Test
    void diffDryRunChangesNothing() {
        List<List<String>> before = all();

        SyncResult result = sync.diff(org, catalogId, List.of(List.of("GR-4", "Кофе", "890")), List.of("CM-1"), false);

        assertThat(result.added()).extracting(CatalogItem::id).containsExactly(0L);
        assertThat(result.archived()).extracting(CatalogItem::key).containsExactly("CM-1");
        assertThat(all()).isEqualTo(before);
    }

    @Test
    void unknownCatalogIsNotFound() {
        long otherOrg = new TestOrganizations(jdbc).organization();

        assertThatThrownBy(() -> sync.sync(otherOrg, catalogId, null, List.of(), true, true))
                .isInstanceOf(CatalogNotFound.class);
    }

    private List<List<String>> live() {
        return catalogs.items(org, catalogId, false).stream().map(CatalogItem::values).toList();
    }

    private List<List<String>> all() {
        List<List<String>> rows = new ArrayList<>();
        catalogs.items(org, catalogId, true).forEach(item -> {
            List<String> row = new ArrayList<>(item.values());
            row.add(String.valueOf(item.deleted()));
            rows.add(row);
        });
        return rows;
    }

    private long version() {
        return jdbc.sql("select version from catalogs where id = :id").param("id", catalogId).query(Long.class).single();
    }
}
