package io.potok.forms;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;

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
 * @param fields columns of a table, or the fields a title groups; empty for other types
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
        List<FieldDefinition> fields) {

    public FieldDefinition {
        info = info == null ? FieldSettings.NONE : info;
        fields = fields == null ? List.of() : List.copyOf(fields);
    }

    public static FieldDefinition of(int id, String name, FieldType type) {
        return new FieldDefinition(id, name, null, type, null, null, FieldSettings.NONE, List.of());
    }

    public FieldDefinition withCode(String newCode) {
        return new FieldDefinition(id, name, newCode, type, requiredStep, immutableStep, info, fields);
    }

    public FieldDefinition requiredFrom(int step) {
        return new FieldDefinition(id, name, code, type, step, immutableStep, info, fields);
    }

    public FieldDefinition withInfo(FieldSettings newInfo) {
        return new FieldDefinition(id, name, code, type, requiredStep, immutableStep, newInfo, fields);
    }

    public FieldDefinition withFields(List<FieldDefinition> children) {
        return new FieldDefinition(id, name, code, type, requiredStep, immutableStep, info, children);
    }

    /**
     * Tells whether a value is required when the task is on the given step (0 while the task is created).
     */
    public boolean isRequiredAt(int step) {
        return requiredStep != null && step >= requiredStep;
    }

    /**
     * Returns this field and, depth first, every field nested in it.
     */
    public Stream<FieldDefinition> flatten() {
        return Stream.concat(Stream.of(this), fields.stream().flatMap(FieldDefinition::flatten));
    }

    public Optional<FieldDefinition> column(int columnId) {
        return fields.stream().filter(column -> column.id() == columnId).findFirst();
    }
}
