package io.potok.api.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.platform.PotokException;

/**
 * Filters catalog items by cell values: every condition must hold. A condition compares one column with a
 * value, ignoring case; with wildcards on, {@code *} in the value matches any text.
 */
final class CatalogItemFilter {

    private final List<Condition> conditions;

    private CatalogItemFilter(List<Condition> conditions) {
        this.conditions = conditions;
    }

    private record Condition(int column, Pattern pattern) {
    }

    /**
     * Pairs the {@code column} and {@code value} parameters by position.
     *
     * @throws InvalidCatalogFilter when the lists differ in length or a column is not in the catalog
     */
    static CatalogItemFilter parse(Catalog catalog, List<String> columns, List<String> values, boolean wildcard) {
        List<String> names = columns == null ? List.of() : columns;
        List<String> texts = values == null ? List.of() : values;
        if (names.size() != texts.size()) {
            throw new InvalidCatalogFilter(String.join(",", names));
        }
        List<Condition> conditions = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            conditions.add(new Condition(columnIndex(catalog, names.get(i)), pattern(texts.get(i), wildcard)));
        }
        return new CatalogItemFilter(conditions);
    }

    boolean matches(CatalogItem item) {
        return conditions.stream().allMatch(condition -> {
            String cell = condition.column() < item.values().size() ? item.values().get(condition.column()) : "";
            return condition.pattern().matcher(cell == null ? "" : cell).matches();
        });
    }

    private static int columnIndex(Catalog catalog, String name) {
        for (int i = 0; i < catalog.headers().size(); i++) {
            if (catalog.headers().get(i).name().equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        throw new InvalidCatalogFilter(name);
    }

    private static Pattern pattern(String value, boolean wildcard) {
        String text = value == null ? "" : value;
        String regex = wildcard
                ? String.join(".*", Arrays.stream(text.split("\\*", -1)).map(Pattern::quote).toList())
                : Pattern.quote(text);
        return Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }

    /** A catalog filter names a column the catalog lacks, or its columns and values do not pair up. */
    static class InvalidCatalogFilter extends PotokException {
        InvalidCatalogFilter(String column) {
            super("invalid_catalog_filter", 400, column);
        }
    }
}
