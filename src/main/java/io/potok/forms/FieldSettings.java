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
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldSettings(
        @JsonProperty("multiline") Boolean multiline,
        Integer decimalPlaces,
        List<ChoiceOption> options,
        Boolean multipleChoice,
        Long catalogId,
        String text,
        Computation computed) {

    public static final FieldSettings NONE = new FieldSettings(null, null, List.of(), null, null, null, null);

    public FieldSettings {
        options = options == null ? List.of() : List.copyOf(options);
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

    public FieldSettings computedAs(Computation computation) {
        return new FieldSettings(multiline, decimalPlaces, options, multipleChoice, catalogId, text, computation);
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
     */
    public record ChoiceOption(int id, String value) {
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
}
