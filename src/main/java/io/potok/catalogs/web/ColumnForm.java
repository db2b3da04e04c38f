package io.potok.catalogs.web;

import java.util.ArrayList;
import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogEditor;
import org.springframework.util.MultiValueMap;

/**
 * Reads the column editor's fields: {@code source}, {@code name} and {@code type}, repeated once per row in
 * the order shown. Rows are read from the raw parameter lists because a converted list would split a single
 * name that contains a comma.
 */
final class ColumnForm {

    private ColumnForm() {
    }

    static List<CatalogEditor.Column> columns(MultiValueMap<String, String> form) {
        List<String> names = form.getOrDefault("name", List.of());
        List<String> types = form.getOrDefault("type", List.of());
        List<String> sources = form.getOrDefault("source", List.of());
        List<CatalogEditor.Column> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String type = i < types.size() ? types.get(i) : "text";
            columns.add(new CatalogEditor.Column(source(sources, i), names.get(i), type));
        }
        return columns;
    }

    static List<Catalog.Header> headers(List<CatalogEditor.Column> columns) {
        return columns.stream().map(column -> new Catalog.Header(column.name(), column.type())).toList();
    }

    /** Returns the column's position in the catalog before the change; a row without one is a new column. */
    private static int source(List<String> sources, int row) {
        try {
            return row < sources.size() ? Integer.parseInt(sources.get(row).strip()) : CatalogEditor.Column.NEW;
        } catch (NumberFormatException notANumber) {
            return CatalogEditor.Column.NEW;
        }
    }
}
