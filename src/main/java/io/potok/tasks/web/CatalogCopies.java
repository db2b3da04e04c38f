package io.potok.tasks.web;

import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings.ColumnCopy;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the cells a suggested catalog item copies into other fields, for the browser to fill them on pick:
 * a JSON object of cell texts by target field id. The target of a table column is a column of the same row.
 */
@Component
class CatalogCopies {

    private final JsonMapper json;

    CatalogCopies(JsonMapper json) {
        this.json = json;
    }

    /** Returns the JSON object, or empty text when the field copies nothing. */
    String json(FieldDefinition field, List<Catalog.Header> headers, CatalogItem item) {
        List<ColumnCopy> copies = field.info().pickingOrNone().copies();
        if (copies.isEmpty()) {
            return "";
        }
        ObjectNode cells = json.createObjectNode();
        for (ColumnCopy copy : copies) {
            int index = indexOf(headers, copy.column());
            if (index >= 0 && index < item.values().size() && !item.values().get(index).isBlank()) {
                cells.put(String.valueOf(copy.fieldId()), item.values().get(index));
            }
        }
        return json.writeValueAsString(cells);
    }

    private static int indexOf(List<Catalog.Header> headers, String column) {
        for (int i = 0; i < headers.size(); i++) {
            if (headers.get(i).name().trim().equalsIgnoreCase(column.trim())) {
                return i;
            }
        }
        return -1;
    }
}
