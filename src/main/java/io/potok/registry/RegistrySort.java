package io.potok.registry;

/**
 * The order of a registry page. Rows with equal values are ordered by task id in the same direction.
 * An empty value sorts as greater than every other value: last when ascending, first when descending.
 * Catalog fields sort by the item's key text, choices by choice id, persons by member id.
 *
 * @param column the column sorted by
 * @param descending whether the largest value comes first
 */
public record RegistrySort(ColumnRef column, boolean descending) {

    /** Newest tasks first. */
    public static final RegistrySort NEWEST_FIRST = new RegistrySort(ColumnRef.CREATED, true);

    public static RegistrySort ascending(ColumnRef column) {
        return new RegistrySort(column, false);
    }

    public static RegistrySort descending(ColumnRef column) {
        return new RegistrySort(column, true);
    }
}
