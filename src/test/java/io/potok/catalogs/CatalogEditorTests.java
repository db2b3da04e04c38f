package io.potok.catalogs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.CatalogEditor.Column;
import io.potok.platform.PotokException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class CatalogEditorTests {

    @Autowired
    CatalogEditor editor;

    @Autowired
    CatalogQueries queries;

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    long org;
    Catalog warehouses;

    @BeforeEach
    void createCatalog() {
        org = new TestOrganizations(jdbc).organization();
        warehouses = editor.createCatalog(org, " Склады ", List.of(new Catalog.Header("Склад", "text"),
                new Catalog.Header("Город", "text"), new Catalog.Header("Площадь", "number")));
    }

    private CatalogItemPage.Row row(CatalogItem item) {
        return queries.item(org, warehouses.id(), item.id()).orElseThrow();
    }

    private long catalogVersion() {
        return queries.catalogVersion(org, warehouses.id());
    }

    @Test
    void createdCatalogHasTrimmedNameAndColumns() {
        assertThat(warehouses.name()).isEqualTo("Склады");
        assertThat(warehouses.headers()).extracting(Catalog.Header::type).containsExactly("text", "text", "number");
        assertThat(catalogs.items(org, warehouses.id(), true)).isEmpty();
    }

    @Test
    void createRejectsBadColumns() {
        assertThatThrownBy(() -> editor.createCatalog(org, "A", List.of(new Catalog.Header("Код", "text"),
                new Catalog.Header("код", "number"))))
                .extracting(error -> ((PotokException) error).code()).isEqualTo("catalog_column_duplicated");
        assertThatThrownBy(() -> editor.createCatalog(org, "A", List.of(new Catalog.Header("Код", "colour"))))
                .extracting(error -> ((PotokException) error).code()).isEqualTo("catalog_column_type_unknown");
        assertThatThrownBy(() -> editor.createCatalog(org, "A", List.of(new Catalog.Header(" ", "text"))))
                .extracting(error -> ((PotokException) error).code()).isEqualTo("catalog_column_name_blank");
        assertThatThrownBy(() -> editor.createCatalog(org, "  ", List.of(new Catalog.Header("Код", "text"))))
                .isInstanceOf(CatalogNameInvalid.class);
    }

    @Test
    void addedItemIsFoundByKey() {
        CatalogItem added = editor.addItem(org, warehouses.id(), List.of(" MSK-1 ", "Москва", "1200"));

        assertThat(added.values()).containsExactly("MSK-1", "Москва", "1200");
        assertThat(catalogs.itemByKey(org, warehouses.id(), "MSK-1")).map(CatalogItem::id).contains(added.id());
    }

    @Test
    void addRejectsTakenOrEmptyKey() {
        editor.addItem(org, warehouses.id(), List.of("MSK-1", "Москва", "1200"));
        CatalogItem archived = editor.addItem(org, warehouses.id(), List.of("SPB-1", "Санкт-Петербург", "800"));
        editor.archiveItem(org, warehouses.id(), archived.id(), row(archived).version());

        assertThatThrownBy(() -> editor.addItem(org, warehouses.id(), List.of("MSK-1", "Москва", "")))
                .isInstanceOf(CatalogKeyDuplicated.class);
        assertThatThrownBy(() -> editor.addItem(org, warehouses.id(), List.of("SPB-1", "", "")))
                .isInstanceOf(CatalogKeyArchived.class);
        assertThatThrownBy(() -> editor.addItem(org, warehouses.id(), List.of("", "Казань", "")))
                .extracting(error -> ((PotokException) error).code()).isEqualTo("catalog_key_missing");
    }

    @Test
    void editChangesKeyAndValues() {
        CatalogItem item = editor.addItem(org, warehouses.id(), List.of("EKB", "Екатеринбург", "500"));

        editor.editItem(org, warehouses.id(), item.id(), row(item).version(), List.of("EKB-1", "Екатеринбург", "650"));

        assertThat(catalogs.item(org, item.id())).map(CatalogItem::values).contains(List.of("EKB-1", "Екатеринбург", "650"));
        assertThat(catalogs.itemByKey(org, warehouses.id(), "EKB")).isEmpty();
    }

    @Test
    void staleEditIsRejectedAndKeepsNewerValues() {
        CatalogItem item = editor.addItem(org, warehouses.id(), List.of("NSK", "Новосибирск", "300"));
        long opened = row(item).version();
        editor.editItem(org, warehouses.id(), item.id(), opened, List.of("NSK", "Новосибирск", "350"));

        assertThatThrownBy(() -> editor.editItem(org, warehouses.id(), item.id(), opened, List.of("NSK", "Новосибирск", "999")))
                .isInstanceOf(CatalogItemChanged.class);
        assertThatThrownBy(() -> editor.archiveItem(org, warehouses.id(), item.id(), opened))
                .isInstanceOf(CatalogItemChanged.class);
        assertThat(catalogs.item(org, item.id())).map(CatalogItem::values).contains(List.of("NSK", "Новосибирск", "350"));
    }

    @Test
    void updateByAnyWriterRaisesVersion() {
        CatalogItem item = editor.addItem(org, warehouses.id(), List.of("KZN", "Казань", "100"));
        long before = row(item).version();

        jdbc.sql("update catalog_items set item_values = '[\"KZN\", \"Казань\", \"110\"]' where id = :id")
                .param("id", item.id()).update();

        assertThat(row(item).version()).isEqualTo(before + 1);
        assertThatThrownBy(() -> editor.editItem(org, warehouses.id(), item.id(), before, List.of("KZN", "Казань", "120")))
                .isInstanceOf(CatalogItemChanged.class);
    }

    @Test
    void archivedItemKeepsRowAndCanBeRestored() {
        CatalogItem item = editor.addItem(org, warehouses.id(), List.of("VLG", "Волгоград", "90"));

        editor.archiveItem(org, warehouses.id(), item.id(), row(item).version());

        assertThat(catalogs.item(org, item.id())).map(CatalogItem::deleted).contains(true);
        assertThat(catalogs.items(org, warehouses.id(), false)).extracting(CatalogItem::id).doesNotContain(item.id());

        editor.restoreItem(org, warehouses.id(), item.id(), row(item).version());

        assertThat(catalogs.item(org, item.id())).map(CatalogItem::deleted).contains(false);
    }

    @Test
    void columnsAreAddedRenamedMovedAndRemoved() {
        CatalogItem item = editor.addItem(org, warehouses.id(), List.of("MSK-2", "Москва", "1500"));

        editor.changeColumns(org, warehouses.id(), catalogVersion(), List.of(
                new Column(0, "Код склада", "text"),
                new Column(2, "Площадь, м²", "number"),
                new Column(Column.NEW, "Заведующий", "member")));

        Catalog changed = catalogs.find(org, warehouses.id()).orElseThrow();
        assertThat(changed.headers()).extracting(Catalog.Header::name).containsExactly("Код склада", "Площадь, м²", "Заведующий");
        assertThat(catalogs.item(org, item.id())).map(CatalogItem::values).contains(List.of("MSK-2", "1500", ""));
    }

    @Test
    void renameOnlyKeepsItemVersions() {
        CatalogItem item = editor.addItem(org, warehouses.id(), List.of("MSK-3", "Москва", "10"));
        long itemVersion = row(item).version();

        editor.changeColumns(org, warehouses.id(), catalogVersion(), List.of(new Column(0, "Код", "text"),
                new Column(1, "Город", "text"), new Column(2, "Площадь", "number")));

        assertThat(row(item).version()).isEqualTo(itemVersion);
        assertThat(catalogs.find(org, warehouses.id()).orElseThrow().headers().get(0).name()).isEqualTo("Код");
    }

    @Test
    void keyColumnCannotMoveOrGo() {
        long version = catalogVersion();

        assertThatThrownBy(() -> editor.changeColumns(org, warehouses.id(), version, List.of(new Column(1, "Город", "text"),
                new Column(0, "Склад", "text"))))
                .extracting(error -> ((PotokException) error).code()).isEqualTo("catalog_key_column_moved");
        assertThatThrownBy(() -> editor.changeColumns(org, warehouses.id(), version, List.of(new Column(1, "Город", "text"))))
                .extracting(error -> ((PotokException) error).code()).isEqualTo("catalog_key_column_moved");
        assertThatThrownBy(() -> editor.changeColumns(org, warehouses.id(), version, List.of(new Column(0, "Склад", "text"),
                new Column(7, "Город", "text"))))
                .extracting(error -> ((PotokException) error).code()).isEqualTo("catalog_column_source_invalid");
    }

    @Test
    void staleColumnChangeIsRejected() {
        long opened = catalogVersion();
        editor.rename(org, warehouses.id(), opened, "Склады и магазины");

        assertThatThrownBy(() -> editor.changeColumns(org, warehouses.id(), opened, List.of(new Column(0, "Склад", "text"))))
                .isInstanceOf(CatalogChanged.class);
        assertThatThrownBy(() -> editor.rename(org, warehouses.id(), opened, "Склады 2"))
                .isInstanceOf(CatalogChanged.class);
        assertThat(catalogs.find(org, warehouses.id()).orElseThrow().headers()).hasSize(3);
    }

    @Test
    void typeChangeConvertsValuesOrChangesNothing() {
        CatalogItem good = editor.addItem(org, warehouses.id(), List.of("A", "12.5", "1"));
        editor.addItem(org, warehouses.id(), List.of("B", "много", "2"));
        long version = catalogVersion();

        assertThatThrownBy(() -> editor.changeColumns(org, warehouses.id(), version, List.of(new Column(0, "Склад", "text"),
                new Column(1, "Город", "number"), new Column(2, "Площадь", "number"))))
                .isInstanceOf(CatalogValueInvalid.class)
                .extracting(error -> List.of(((CatalogValueInvalid) error).arguments()))
                .isEqualTo(List.of("B", "Город", "много"));
        assertThat(catalogs.find(org, warehouses.id()).orElseThrow().headers().get(1).type()).isEqualTo("text");
        assertThat(catalogs.item(org, good.id())).map(CatalogItem::values).contains(List.of("A", "12.5", "1"));
    }

    @Test
    void archivedCatalogRejectsItemChangesUntilRestored() {
        editor.archive(org, warehouses.id());

        assertThat(catalogs.find(org, warehouses.id())).map(Catalog::archived).contains(true);
        assertThatThrownBy(() -> editor.addItem(org, warehouses.id(), List.of("X", "", "")))
                .isInstanceOf(CatalogArchived.class);

        editor.restore(org, warehouses.id());

        assertThat(editor.addItem(org, warehouses.id(), List.of("X", "", "")).key()).isEqualTo("X");
    }

    @Test
    void otherOrganizationCannotEdit() {
        long otherOrg = new TestOrganizations(jdbc).organization();
        CatalogItem item = editor.addItem(org, warehouses.id(), List.of("OWN", "", ""));

        assertThatThrownBy(() -> editor.addItem(otherOrg, warehouses.id(), List.of("X", "", "")))
                .isInstanceOf(CatalogNotFound.class);
        assertThatThrownBy(() -> editor.archive(otherOrg, warehouses.id()))
                .isInstanceOf(CatalogNotFound.class);
        assertThatThrownBy(() -> queries.catalogVersion(otherOrg, warehouses.id()))
                .isInstanceOf(CatalogNotFound.class);
        assertThat(queries.item(otherOrg, warehouses.id(), item.id())).isEmpty();
    }
}
