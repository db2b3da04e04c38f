package io.potok.forms;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Type-specific settings of a field; each type reads only its own entries.
 *
 * @param multiline text: several lines
 * @param decimalPlaces number and money: digits after the point; values are rounded half-up to it
 * @param options multiple_choice: the choices
 * @param multipleChoice multiple_choice: several choices may be picked; catalog: several items may be picked
 * @param catalogId catalog: the catalog items come from
 * @param text note: the static text shown
 * @param computed a value derived from other fields, such as a table line total or a column sum
 * @param formula number, money, date, due_date and text, also as table columns: an expression over other
 *        fields of the form that gives the value, evaluated on the server on every save. The syntax is in
 *        docs/formulas.md.
 * @param linkedFormId form_link: the form whose tasks may be linked
 * @param picking catalog: which items may be picked, which of the item's columns are shown beside the choice
 *        and which are copied into the task's fields when an item is picked
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldSettings(
        @JsonProperty("multiline") Boolean multiline,
        Integer decimalPlaces,
        List<ChoiceOption> options,
        Boolean multipleChoice,
        Long catalogId,
        String text,
        Computation computed,
        String formula,
        Long linkedFormId,
        CatalogPicking picking) {

    public static final FieldSettings NONE = new FieldSettings(null, null, List.of(), null, null, null, null);

    public FieldSettings {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public FieldSettings(Boolean multiline, Integer decimalPlaces, List<ChoiceOption> options,
                         Boolean multipleChoice, Long catalogId, String text, Computation computed) {
        this(multiline, decimalPlaces, options, multipleChoice, catalogId, text, computed, null, null, null);
    }

    public static FieldSettings multilineText() {
        return new FieldSettings(true, null, List.of(), null, null, null, null);
    }

    public static FieldSettings decimals(int places) {
        return new FieldSettings(null, places, List.of(), null, null, null, null);
    }

    public static FieldSettings choices(boolean multiple, List<ChoiceOption> options) {
        return new FieldSettings(null, null, options, multiple, null, null, null);
    }

    public static FieldSettings catalog(long catalogId) {
        return new FieldSettings(null, null, List.of(), null, catalogId, null, null);
    }

    public static FieldSettings note(String text) {
        return new FieldSettings(null, null, List.of(), null, null, text, null);
    }

    public static FieldSettings formLink(long formId) {
        return new FieldSettings(null, null, List.of(), null, null, null, null, null, formId, null);
    }

    public FieldSettings computedAs(Computation computation) {
        return new FieldSettings(multiline, decimalPlaces, options, multipleChoice, catalogId, text, computation,
                formula, linkedFormId, picking);
    }

    public FieldSettings withFormula(String expression) {
        return new FieldSettings(multiline, decimalPlaces, options, multipleChoice, catalogId, text, computed,
                expression, linkedFormId, picking);
    }

    public FieldSettings withOptions(List<ChoiceOption> newOptions) {
        return new FieldSettings(multiline, decimalPlaces, newOptions, multipleChoice, catalogId, text, computed,
                formula, linkedFormId, picking);
    }

    public FieldSettings withPicking(CatalogPicking newPicking) {
        return new FieldSettings(multiline, decimalPlaces, options, multipleChoice, catalogId, text, computed,
                formula, linkedFormId, newPicking);
    }

    /** Returns the catalog field's picking rules, empty ones when none are set. */
    @JsonIgnore
    public CatalogPicking pickingOrNone() {
        return picking == null ? CatalogPicking.NONE : picking;
    }

    @JsonIgnore
    public boolean hasFormula() {
        return formula != null && !formula.isBlank();
    }

    /** Tells whether Potok computes the value, from a formula or a computation, so users cannot enter it. */
    @JsonIgnore
    public boolean computesValue() {
        return computed != null || hasFormula();
    }

    /**
     * Not a stored property: without {@code @JsonIgnore} Jackson would write it as {@code multiline: false}.
     * The explicit {@code @JsonProperty} on the component keeps the ignore from dropping the stored value on
     * read.
     */
    @JsonIgnore
    public boolean isMultiline() {
        return Boolean.TRUE.equals(multiline);
    }

    public boolean allowsSeveralChoices() {
        return Boolean.TRUE.equals(multipleChoice);
    }

    /**
     * A choice of a multiple_choice field.
     *
     * @param id stable id of the choice, unique within the field
     * @param value the label users see
     * @param fields fields shown only while this choice is picked. Their values are stored at the top level
     *        by their own ids, like the fields of a section.
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record ChoiceOption(int id, String value, List<FieldDefinition> fields) {

        public ChoiceOption {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }

        public ChoiceOption(int id, String value) {
            this(id, value, List.of());
        }
    }

    /**
     * A value computed from other fields on the server whenever the task is saved.
     *
     * @param operation {@code product}: the product of the named fields of the same table row;
     *        {@code sum}: the sum of the named table column over all rows
     * @param fieldIds the operands: sibling columns for a product, one column id for a sum
     */
    public record Computation(String operation, List<Integer> fieldIds) {

        public static Computation product(int... ids) {
            return new Computation("product", java.util.Arrays.stream(ids).boxed().toList());
        }

        public static Computation sum(int columnId) {
            return new Computation("sum", List.of(columnId));
        }
    }

    /**
     * The picking rules of a catalog field.
     *
     * @param filters every filter must hold for an item to be offered and accepted
     * @param shownColumns names of the item's columns shown beside the choice, in this order
     * @param copies columns copied into the task's fields when an item is picked
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CatalogPicking(List<ItemFilter> filters, List<String> shownColumns, List<ColumnCopy> copies) {

        public static final CatalogPicking NONE = new CatalogPicking(List.of(), List.of(), List.of());

        public CatalogPicking {
            filters = filters == null ? List.of() : List.copyOf(filters);
            shownColumns = shownColumns == null ? List.of() : List.copyOf(shownColumns);
            copies = copies == null ? List.of() : List.copyOf(copies);
        }
    }

    /**
     * Keeps the items whose cell in a column equals a value, ignoring case. The value is either a constant or
     * the current value of another field of the task, shown as text: a choice's label, a catalog item's key,
     * a member's email, a text. A filter on a field with no value yet lets every item through.
     *
     * @param column the catalog column compared
     * @param value the constant compared with, when {@code fieldId} is null
     * @param fieldId the field whose value the cell must equal; in a table, a column of the same row or a
     *        field outside the table
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ItemFilter(String column, String value, Integer fieldId) {

        public static ItemFilter equalTo(String column, String value) {
            return new ItemFilter(column, value, null);
        }

        public static ItemFilter sameAsField(String column, int fieldId) {
            return new ItemFilter(column, null, fieldId);
        }
    }

    /**
     * Copies a column of the picked item into a field of the task, such as the price into the order line.
     * Users may still change the copied value afterwards.
     *
     * @param column the catalog column copied
     * @param fieldId the target field; for a catalog column of a table, a column of the same row
     */
    public record ColumnCopy(String column, int fieldId) {
    }
}
