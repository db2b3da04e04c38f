package io.potok.forms;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;

/**
 * One field of a form version.
 *
 * @param id stable id, unique within the form across all its versions
 * @param name the label users see
 * @param code optional code that API clients may use in place of the id
 * @param type the field type
 * @param requiredStep the value is required from this step on; null when never required
 * @param immutableStep the value can no longer change from this step on; null when always editable
 * @param info type-specific settings, never null
 * @param fields columns of a table, or the fields a title (a section) groups; empty for other types
 * @param description help text shown under the field
 * @param defaultValue the value a new task starts with, in the API's write shape (as {@code value} of a
 *        field update); null for none
 * @param visibleWhen the field is shown, and may be required, only while this holds; null means always
 * @param inSubject the field's value is part of the task subject
 * @param unique no two tasks of the form may hold the same value (such as a machine's sticker number)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record FieldDefinition(
        int id,
        String name,
        String code,
        FieldType type,
        Integer requiredStep,
        Integer immutableStep,
        FieldSettings info,
        List<FieldDefinition> fields,
        String description,
        JsonNode defaultValue,
        Condition visibleWhen,
        @JsonProperty("inSubject") Boolean inSubject,
        @JsonProperty("unique") Boolean unique) {

    public FieldDefinition {
        info = info == null ? FieldSettings.NONE : info;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public FieldDefinition(int id, String name, String code, FieldType type, Integer requiredStep,
                           Integer immutableStep, FieldSettings info, List<FieldDefinition> fields) {
        this(id, name, code, type, requiredStep, immutableStep, info, fields, null, null, null, null, null);
    }

    public static FieldDefinition of(int id, String name, FieldType type) {
        return new FieldDefinition(id, name, null, type, null, null, FieldSettings.NONE, List.of());
    }

    public FieldDefinition withCode(String newCode) {
        return new FieldDefinition(id, name, newCode, type, requiredStep, immutableStep, info, fields,
                description, defaultValue, visibleWhen, inSubject, unique);
    }

    public FieldDefinition requiredFrom(int step) {
        return new FieldDefinition(id, name, code, type, step, immutableStep, info, fields,
                description, defaultValue, visibleWhen, inSubject, unique);
    }

    public FieldDefinition readOnlyFrom(int step) {
        return new FieldDefinition(id, name, code, type, requiredStep, step, info, fields,
                description, defaultValue, visibleWhen, inSubject, unique);
    }

    public FieldDefinition withInfo(FieldSettings newInfo) {
        return new FieldDefinition(id, name, code, type, requiredStep, immutableStep, newInfo, fields,
                description, defaultValue, visibleWhen, inSubject, unique);
    }

    public FieldDefinition withFields(List<FieldDefinition> children) {
        return new FieldDefinition(id, name, code, type, requiredStep, immutableStep, info, children,
                description, defaultValue, visibleWhen, inSubject, unique);
    }

    public FieldDefinition withDescription(String text) {
        return new FieldDefinition(id, name, code, type, requiredStep, immutableStep, info, fields,
                text, defaultValue, visibleWhen, inSubject, unique);
    }

    public FieldDefinition withDefault(JsonNode value) {
        return new FieldDefinition(id, name, code, type, requiredStep, immutableStep, info, fields,
                description, value, visibleWhen, inSubject, unique);
    }

    public FieldDefinition shownWhen(Condition condition) {
        return new FieldDefinition(id, name, code, type, requiredStep, immutableStep, info, fields,
                description, defaultValue, condition, inSubject, unique);
    }

    public FieldDefinition asPartOfSubject() {
        return new FieldDefinition(id, name, code, type, requiredStep, immutableStep, info, fields,
                description, defaultValue, visibleWhen, true, unique);
    }

    public FieldDefinition asUnique() {
        return new FieldDefinition(id, name, code, type, requiredStep, immutableStep, info, fields,
                description, defaultValue, visibleWhen, inSubject, true);
    }

    @JsonIgnore
    public boolean isInSubject() {
        return Boolean.TRUE.equals(inSubject);
    }

    @JsonIgnore
    public boolean isUnique() {
        return Boolean.TRUE.equals(unique);
    }

    /**
     * Tells whether a value is required when the task is on the given step (0 while the task is created).
     */
    public boolean isRequiredAt(int step) {
        return requiredStep != null && step >= requiredStep;
    }

    /**
     * Returns this field and, depth first, every field nested in it: table columns, the fields of a section,
     * and the fields shown under a multiple_choice option.
     */
    public Stream<FieldDefinition> flatten() {
        Stream<FieldDefinition> optionFields = info.options().stream()
                .flatMap(option -> option.fields().stream());
        return Stream.concat(Stream.of(this),
                Stream.concat(fields.stream(), optionFields).flatMap(FieldDefinition::flatten));
    }

    public Optional<FieldDefinition> column(int columnId) {
        return fields.stream().filter(column -> column.id() == columnId).findFirst();
    }
}
