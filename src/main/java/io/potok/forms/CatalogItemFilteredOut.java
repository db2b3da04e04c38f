package io.potok.forms;

/**
 * A catalog item picked in a field whose filter excludes it, such as a product of another category than the
 * order's. The message names the field, the item and the filter.
 */
public class CatalogItemFilteredOut extends FieldValueInvalid {

    /**
     * @param fieldName the catalog field's name as users see it
     * @param itemKey the key of the rejected item
     * @param column the catalog column the filter compares
     * @param expected the value the item's cell must equal
     */
    public CatalogItemFilteredOut(String fieldName, String itemKey, String column, String expected) {
        super("invalid_field_value", 400, "catalog_item_filtered", fieldName, itemKey, column, expected);
    }
}
