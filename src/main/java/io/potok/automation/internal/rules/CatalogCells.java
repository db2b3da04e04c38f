package io.potok.automation.internal.rules;

import java.util.Optional;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.ConditionEvaluator;
import io.potok.forms.FieldType;
import org.springframework.stereotype.Component;

/**
 * Reads catalog cells for rule conditions on a catalog field's column.
 */
@Component
class CatalogCells {

    private final Catalogs catalogs;

    CatalogCells(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    /** Returns a lookup into the organisation's catalogs. */
    ConditionEvaluator.CellLookup of(long orgId) {
        return (itemId, column) -> catalogs.item(orgId, itemId)
                .flatMap(item -> catalogs.find(orgId, item.catalogId()).flatMap(catalog -> cell(catalog, item, column)));
    }

    private static Optional<ConditionEvaluator.Cell> cell(Catalog catalog, CatalogItem item, String column) {
        int index = catalog.columnIndex(column);
        if (index < 0) {
            return Optional.empty();
        }
        String value = index < item.values().size() ? item.values().get(index) : "";
        return Optional.of(new ConditionEvaluator.Cell(typeOf(catalog.headers().get(index).type()), value));
    }

    private static FieldType typeOf(String columnType) {
        if ("number".equals(columnType)) {
            return FieldType.NUMBER;
        }
        if ("money".equals(columnType)) {
            return FieldType.MONEY;
        }
        return "date".equals(columnType) ? FieldType.DATE : FieldType.TEXT;
    }
}
