package io.potok.tasks.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.tasks.TaskView.AttachmentView;
import io.potok.tasks.web.FieldView.CatalogChoice;
import io.potok.tasks.web.FieldView.RowView;
import org.springframework.stereotype.Component;

/**
 * Builds the {@link FieldView}s of a task form from the form definition and the values typed or stored.
 */
@Component
class FieldViews {

    /** The row number that "add row" replaces in a copied row template. */
    static final String ROW_PLACEHOLDER = "__ROW__";

    private final Catalogs catalogs;
    private final LinkedFieldViews linkedViews;

    FieldViews(Catalogs catalogs, LinkedFieldViews linkedViews) {
        this.catalogs = catalogs;
        this.linkedViews = linkedViews;
    }

    /**
     * Returns the views of the top-level fields in form order. Read-only fields (step, status, creation
     * date, author) are left out unless {@code shown} has their text, as it has on an existing task.
     *
     * @param errors translated messages by field id
     * @param shown the texts of read-only fields and of fields read-only from the task's step, by field id
     * @param states the task's step and which fields are hidden
     */
    List<FieldView> build(long orgId, FormDefinition form, FieldInput input, Map<Integer, String> errors,
                          Map<Integer, String> shown, FieldStates states) {
        return build(orgId, form, input, errors, shown, states, List.of());
    }

    /**
     * Returns the views as {@link #build(long, FormDefinition, FieldInput, Map, Map, FieldStates)} does, with
     * the task's attachments to show the files of file fields and their earlier versions.
     */
    List<FieldView> build(long orgId, FormDefinition form, FieldInput input, Map<Integer, String> errors,
                          Map<Integer, String> shown, FieldStates states, List<AttachmentView> attachments) {
        LinkedFieldViews.Context linked = linkedViews.context(orgId, form, attachments);
        Builder builder = new Builder(orgId, input, errors, shown, states, pickedItems(orgId, form, input), linked);
        return builder.views(form.fields());
    }

    /** Returns the template row "add row" copies, with {@link #ROW_PLACEHOLDER} in place of the row number. */
    RowView templateRow(FieldDefinition table) {
        Builder builder = new Builder(0, FieldInput.empty(), Map.of(), Map.of(), FieldStates.NEW_TASK, Map.of(),
                LinkedFieldViews.Context.NONE);
        return builder.row(table, ROW_PLACEHOLDER, null, null);
    }

    private Map<Long, PickedItem> pickedItems(long orgId, FormDefinition form, FieldInput input) {
        Set<Long> ids = new LinkedHashSet<>();
        form.allFields().filter(field -> field.type() == FieldType.CATALOG).forEach(field -> {
            ids.addAll(numeric(input.values(field.id())));
        });
        form.fields().stream().filter(field -> field.type() == FieldType.TABLE).forEach(table ->
                input.rows(table.id()).forEach(row -> table.fields().stream()
                        .filter(column -> column.type() == FieldType.CATALOG)
                        .forEach(column -> ids.addAll(numeric(List.of(input.cell(row, column.id())))))));
        return choices(orgId, ids);
    }

    private Map<Long, PickedItem> choices(long orgId, Collection<Long> ids) {
        Map<Long, PickedItem> choices = new HashMap<>();
        Map<Long, List<Catalog.Header>> headers = new HashMap<>();
        for (CatalogItem item : catalogs.items(orgId, ids).values()) {
            List<Catalog.Header> columns = headers.computeIfAbsent(item.catalogId(), catalogId ->
                    catalogs.find(orgId, catalogId).map(Catalog::headers).orElse(List.of()));
            choices.put(item.id(), new PickedItem(item, columns));
        }
        return choices;
    }

    /**
     * Joins the columns shown beside a catalog field's choice as "header: value" pairs: the field's shown
     * columns in their order, or every column after the key when the field names none. Empty cells are
     * left out.
     */
    static String details(FieldDefinition field, List<Catalog.Header> headers, CatalogItem item) {
        List<Integer> columns = shownColumns(field, headers, item.values().size());
        List<String> pairs = new ArrayList<>();
        for (int i : columns) {
            String header = i < headers.size() ? headers.get(i).name() : "";
            String value = item.values().get(i);
            if (value != null && !value.isBlank()) {
                pairs.add(header.isEmpty() ? value : header + ": " + value);
            }
        }
        return String.join(" · ", pairs);
    }

    private static List<Integer> shownColumns(FieldDefinition field, List<Catalog.Header> headers, int cellCount) {
        List<String> shown = field.info().pickingOrNone().shownColumns();
        List<Integer> columns = new ArrayList<>();
        if (shown.isEmpty()) {
            for (int i = 1; i < cellCount; i++) {
                columns.add(i);
            }
            return columns;
        }
        for (String name : shown) {
            for (int i = 0; i < Math.min(headers.size(), cellCount); i++) {
                if (headers.get(i).name().trim().equalsIgnoreCase(name.trim())) {
                    columns.add(i);
                }
            }
        }
        return columns;
    }

    /** An item picked on the page with its catalog's headers, to show it by each field's shown columns. */
    private record PickedItem(CatalogItem item, List<Catalog.Header> headers) {
    }

    private static List<Long> numeric(List<String> values) {
        return values.stream().filter(value -> value.matches("\\d{1,18}")).map(Long::valueOf)
                .collect(Collectors.toList());
    }

    /** Carries what every field view of one page needs. */
    private record Builder(long orgId, FieldInput input, Map<Integer, String> errors, Map<Integer, String> shown,
                           FieldStates states, Map<Long, PickedItem> items, LinkedFieldViews.Context linked) {

        List<FieldView> views(List<FieldDefinition> fields) {
            List<FieldView> views = new ArrayList<>();
            for (FieldDefinition field : fields) {
                if (field.type().isReadOnly() && field.type() != FieldType.NOTE && !shown.containsKey(field.id())) {
                    continue;
                }
                views.add(view(field));
            }
            return views;
        }

        FieldView view(FieldDefinition field) {
            List<FieldView> children = field.type() == FieldType.TITLE ? views(field.fields()) : List.of();
            List<RowView> rows = field.type() == FieldType.TABLE ? rows(field) : List.of();
            List<String> values = input.has(field.id()) ? input.values(field.id()) : List.of();
            Map<Integer, List<FieldView>> optionFields = new HashMap<>();
            field.info().options().forEach(option -> optionFields.put(option.id(), views(option.fields())));
            return new FieldView(field, FieldInput.name(field.id()), "field-" + field.id(), values,
                    errors.get(field.id()), field.isRequiredAt(states.step()), children, rows, picked(field, values),
                    shown.get(field.id()), states.isHidden(field), states.isLocked(field), optionFields,
                    linked.of(field, values));
        }

        /** Returns the posted rows, or one empty row so that a new table invites its first line. */
        List<RowView> rows(FieldDefinition table) {
            List<RowView> rows = new ArrayList<>();
            for (FieldInput.Row row : input.rows(table.id())) {
                rows.add(row(table, String.valueOf(row.number()), row, input.storedRowId(row)));
            }
            if (rows.isEmpty()) {
                rows.add(row(table, "0", null, null));
            }
            return rows;
        }

        RowView row(FieldDefinition table, String number, FieldInput.Row posted, Long storedRowId) {
            List<FieldView> cells = new ArrayList<>();
            for (FieldDefinition column : table.fields()) {
                String name = "f" + table.id() + ".r" + number + ".c" + column.id();
                String value = posted == null ? "" : input.cell(posted, column.id());
                List<String> values = value.isEmpty() ? List.of() : List.of(value);
                cells.add(new FieldView(column, name, "field-" + table.id() + "-" + number + "-" + column.id(),
                        values, null, column.isRequiredAt(states.step()), List.of(), List.of(), picked(column, values), null,
                        false, false, Map.of(), linked.of(column, values)));
            }
            return new RowView(table.id(), ROW_PLACEHOLDER.equals(number) ? -1 : Integer.parseInt(number), storedRowId, cells);
        }

        CatalogChoice picked(FieldDefinition field, List<String> values) {
            if (field.type() != FieldType.CATALOG || values.isEmpty() || !values.get(0).matches("\\d{1,18}")) {
                return null;
            }
            PickedItem picked = items.get(Long.valueOf(values.get(0)));
            return picked == null ? null : new CatalogChoice(picked.item().id(), picked.item().key(),
                    details(field, picked.headers(), picked.item()));
        }
    }
}
