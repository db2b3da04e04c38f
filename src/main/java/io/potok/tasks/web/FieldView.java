package io.potok.tasks.web;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.LinkedRecords.LinkedTask;
import io.potok.tasks.TaskLists;
import io.potok.tasks.TaskView.AttachmentView;

/**
 * One field as a task form shows it: the definition, what the user typed or what is stored, and the error
 * beside it.
 *
 * @param field the definition
 * @param inputName the name the value is posted under
 * @param inputId the element id end-to-end tests find the input by
 * @param values the values as typed, first one for single-value inputs; empty when none
 * @param error the translated message of a rejected value, or null
 * @param required whether the value is required at the task's step
 * @param children the fields a title groups
 * @param rows the rows of a table
 * @param catalogItem the picked catalog item, or null
 * @param shown the text of a read-only field on an existing task, and of a field read-only from its step
 * @param hidden whether the field is hidden by its visibility condition or an unchosen option
 * @param locked whether the field is read-only from the task's step (or the task is closed)
 * @param optionFields the fields shown under each option of a multiple_choice field, by option id
 * @param linked what a form_link, file or project field shows: linked tasks, files, the lists to pick from
 */
public record FieldView(
        FieldDefinition field,
        String inputName,
        String inputId,
        List<String> values,
        String error,
        boolean required,
        List<FieldView> children,
        List<RowView> rows,
        CatalogChoice catalogItem,
        String shown,
        boolean hidden,
        boolean locked,
        Map<Integer, List<FieldView>> optionFields,
        Linked linked) {

    public FieldView {
        optionFields = optionFields == null ? Map.of() : Map.copyOf(optionFields);
    }

    public int id() {
        return field.id();
    }

    public String type() {
        return field.type().wireName();
    }

    public boolean is(String wireName) {
        return field.type().wireName().equals(wireName);
    }

    public String value() {
        return values.isEmpty() ? "" : values.get(0);
    }

    public boolean picked(Object optionId) {
        return values.contains(String.valueOf(optionId));
    }

    public boolean multiline() {
        return field.info().isMultiline();
    }

    public boolean severalChoices() {
        return field.info().allowsSeveralChoices();
    }

    public List<FieldSettings.ChoiceOption> options() {
        return field.info().options();
    }

    public boolean readOnly() {
        return locked || (field.type().isReadOnly() && field.type() != FieldType.NOTE);
    }

    /** Tells whether Potok computes the value: a line total, a column sum or a formula. */
    public boolean computed() {
        return field.info().computesValue();
    }

    public boolean hasDescription() {
        return field.description() != null && !field.description().isBlank();
    }

    /** Returns the views of the fields shown under a choice option; empty when it has none. */
    public List<FieldView> optionFields(int optionId) {
        return optionFields.getOrDefault(optionId, List.of());
    }

    /** The operand column ids of a line total, comma-separated, or empty when the field is no product. */
    public String productOf() {
        return operands("product");
    }

    /** The column id a column sum adds up, or empty when the field is no sum. */
    public String sumOf() {
        return operands("sum");
    }

    /** Digits after the point a computed number shows: the field's setting, else 2 for money, else none. */
    public int places() {
        Integer places = field.info().decimalPlaces();
        if (places != null) {
            return places;
        }
        return field.type() == FieldType.MONEY ? 2 : 0;
    }

    public String noteText() {
        return field.info().text() == null ? "" : field.info().text();
    }

    private String operands(String operation) {
        FieldSettings.Computation computation = field.info().computed();
        if (computation == null || !operation.equals(computation.operation())) {
            return "";
        }
        return computation.fieldIds().stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Tells whether any of the fields, or a field nested in one, is a file field, so the page posts multipart data. */
    public static boolean anyFiles(List<FieldView> views) {
        return views.stream().anyMatch(view -> view.field().flatten().anyMatch(field -> field.type() == FieldType.FILE));
    }

    /** Returns the input name of a part of the field, such as {@code remove}. */
    public String subName(String suffix) {
        return inputName + "." + suffix;
    }

    /**
     * The linked records a form_link, file or project field shows beside its input. Other types get empty lists.
     *
     * @param tasks the linked tasks, in the order of the value
     * @param files the files the field holds, in the order of the value
     * @param earlierVersions versions of the field's files that a newer version replaced, newest first
     * @param lists every task list of the organisation, to pick from
     */
    public record Linked(List<LinkedTask> tasks, List<AttachmentView> files, List<AttachmentView> earlierVersions,
                         List<TaskLists.TaskList> lists) {

        public static final Linked NONE = new Linked(List.of(), List.of(), List.of(), List.of());
    }

    /**
     * One table row.
     *
     * @param tableId the table field
     * @param number the number the page posts the row's cells under; -1 for the row template
     * @param storedRowId the row id on the task, or null for a new row
     * @param cells one view per column
     */
    public record RowView(int tableId, int number, Long storedRowId, List<FieldView> cells) {

        public String rowIdName() {
            return FieldInput.rowIdName(tableId, number);
        }
    }

    /**
     * A picked catalog item.
     *
     * @param itemId item id
     * @param key the item's key (first column)
     * @param details the columns shown beside the choice as "header: value" pairs
     * @param copies the cells the browser copies into other fields on pick, as a JSON object of texts by
     *        target field id. The text is empty when the field copies nothing.
     */
    public record CatalogChoice(long itemId, String key, String details, String copies) {

        public CatalogChoice(long itemId, String key, String details) {
            this(itemId, key, details, "");
        }
    }
}
