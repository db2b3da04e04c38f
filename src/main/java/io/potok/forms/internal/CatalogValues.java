package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.potok.forms.internal.Rejections.invalid;

/**
 * Parses catalog values, {@code {"item_id": n}}, {@code {"item_ids": [..]}} or {@code {"item_names": [..]}}
 * (item keys), stored as {@code {"item_ids": [..]}}, and renders them with the catalog's columns.
 */
final class CatalogValues {

    private final Catalogs catalogs;

    CatalogValues(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    /**
     * Accepts live items of the field's catalog. An item deleted from the catalog is accepted only when
     * {@code stored} already contains it, so saving a task does not fail on an item removed since.
     */
    JsonNode parse(long orgId, FieldDefinition field, JsonNode value, JsonNode stored) {
        Set<Long> ids = new LinkedHashSet<>();
        if (value.isObject() && value.has("item_names")) {
            ids.addAll(idsByKey(orgId, field, value));
        } else {
            ids.addAll(idsGiven(field, value));
            checkItems(orgId, field, ids, storedIds(stored));
        }
        if (ids.size() > 1 && !field.info().allowsSeveralChoices()) {
            throw invalid("catalog_single", field, value);
        }
        return ids.isEmpty() ? null : storedValue(ids);
    }

    static List<Long> storedIds(JsonNode stored) {
        List<Long> ids = new ArrayList<>();
        if (stored != null) {
            stored.path("item_ids").forEach(id -> ids.add(id.asLong()));
        }
        return ids;
    }

    /**
     * Renders {@code item_id}, {@code item_ids}, {@code headers}, {@code values} and {@code rows}; null when
     * no item is stored.
     */
    ObjectNode render(long orgId, FieldDefinition field, JsonNode stored) {
        List<Long> ids = storedIds(stored);
        if (ids.isEmpty()) {
            return null;
        }
        Map<Long, CatalogItem> items = catalogs.items(orgId, ids);
        ObjectNode rendered = JsonNodeFactory.instance.objectNode();
        rendered.put("item_id", ids.get(0));
        ids.forEach(rendered.putArray("item_ids")::add);
        headers(orgId, field).forEach(rendered.putArray("headers")::add);
        ArrayNode rows = rendered.putArray("rows");
        for (Long id : ids) {
            ArrayNode row = rows.addArray();
            List<String> values = items.containsKey(id) ? items.get(id).values() : List.of();
            values.forEach(row::add);
        }
        rendered.set("values", rows.get(0).deepCopy());
        return rendered;
    }

    /** Returns the keys (first column) of the stored items, or {@code #id} for an item that is gone. */
    List<String> keys(long orgId, JsonNode stored) {
        List<Long> ids = storedIds(stored);
        Map<Long, CatalogItem> items = catalogs.items(orgId, ids);
        return ids.stream().map(id -> items.containsKey(id) ? items.get(id).key() : "#" + id).toList();
    }

    private List<String> headers(long orgId, FieldDefinition field) {
        return catalogs.find(orgId, catalogId(field))
                .map(catalog -> catalog.headers().stream().map(Catalog.Header::name).toList())
                .orElse(List.of());
    }

    private List<Long> idsByKey(long orgId, FieldDefinition field, JsonNode value) {
        JsonNode names = value.get("item_names");
        if (!names.isArray()) {
            throw invalid("catalog_format", field, value);
        }
        List<Long> ids = new ArrayList<>();
        for (JsonNode name : names) {
            CatalogItem item = catalogs.itemByKey(orgId, catalogId(field), name.asString().trim())
                    .orElseThrow(() -> invalid("catalog_item_not_found", field, name));
            ids.add(item.id());
        }
        return ids;
    }

    private static List<Long> idsGiven(FieldDefinition field, JsonNode value) {
        List<JsonNode> references = new ArrayList<>();
        if (value.isObject() && value.get("item_ids") != null && value.get("item_ids").isArray()) {
            value.get("item_ids").forEach(references::add);
        } else if (value.isObject() && value.has("item_id")) {
            references.add(value.get("item_id"));
        } else {
            throw invalid("catalog_format", field, value);
        }
        return references.stream().map(reference -> itemId(field, reference)).toList();
    }

    private static long itemId(FieldDefinition field, JsonNode reference) {
        if (reference.isIntegralNumber() && reference.canConvertToLong()) {
            return reference.longValue();
        }
        if (reference.isString() && reference.stringValue().trim().matches("\\d{1,18}")) {
            return Long.parseLong(reference.stringValue().trim());
        }
        throw invalid("catalog_item_not_found", field, reference);
    }

    private void checkItems(long orgId, FieldDefinition field, Set<Long> ids, List<Long> alreadyStored) {
        Map<Long, CatalogItem> items = catalogs.items(orgId, ids);
        for (Long id : ids) {
            CatalogItem item = items.get(id);
            if (item == null || item.catalogId() != catalogId(field)) {
                throw invalid("catalog_item_not_found", field.name(), String.valueOf(id));
            }
            if (item.deleted() && !alreadyStored.contains(id)) {
                throw invalid("catalog_item_deleted", field.name(), item.key());
            }
        }
    }

    private static long catalogId(FieldDefinition field) {
        Long catalogId = field.info().catalogId();
        return catalogId == null ? -1 : catalogId;
    }

    private static JsonNode storedValue(Set<Long> ids) {
        ObjectNode stored = JsonNodeFactory.instance.objectNode();
        ids.forEach(stored.putArray("item_ids")::add);
        return stored;
    }
}
