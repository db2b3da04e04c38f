package io.potok.api.internal;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;

/**
 * A field definition of a form in the API's shape: {@code id}, {@code type}, {@code name} and the
 * type-specific settings in {@code info}.
 */
record FieldJson(int id, String type, String name, @JsonProperty("parent_id") Integer parentId, Info info) {

    static FieldJson of(FieldDefinition field, Integer parentId) {
        return new FieldJson(field.id(), field.type().wireName(), field.name(), parentId, Info.of(field));
    }

    /**
     * Field settings; absent entries do not apply to the field's type. A table's fields are its
     * {@code columns}, a title's are its {@code fields}, and a choice's nested fields are the {@code fields}
     * of its option. {@code description} (the help text shown under the field) is Potok's addition.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Info(
            String code,
            String description,
            @JsonProperty("required_step") Integer requiredStep,
            @JsonProperty("immutable_step") Integer immutableStep,
            Boolean multiline,
            @JsonProperty("decimal_places") Integer decimalPlaces,
            List<Option> options,
            @JsonProperty("multiple_choice") Boolean multipleChoice,
            @JsonProperty("catalog_id") Long catalogId,
            @JsonProperty("form_id") Long formId,
            List<FieldJson> columns,
            List<FieldJson> fields) {

        static Info of(FieldDefinition field) {
            FieldSettings settings = field.info();
            List<FieldJson> children = field.fields().stream().map(child -> FieldJson.of(child, field.id())).toList();
            List<Option> options = settings.options().stream()
                    .map(option -> new Option(option.id(), option.value(), option.fields().stream()
                            .map(nested -> FieldJson.of(nested, field.id())).toList()))
                    .toList();
            boolean choice = field.type() == FieldType.MULTIPLE_CHOICE;
            return new Info(field.code(), field.description(), field.requiredStep(), field.immutableStep(), settings.multiline(),
                    settings.decimalPlaces(), options.isEmpty() ? null : options,
                    choice ? settings.allowsSeveralChoices() : null, settings.catalogId(),
                    field.type() == FieldType.FORM_LINK ? settings.linkedFormId() : null,
                    field.type() == FieldType.TABLE ? children : null,
                    field.type() == FieldType.TITLE ? children : null);
        }
    }

    /** A choice of a multiple_choice field, with the fields shown while it is chosen. */
    record Option(@JsonProperty("choice_id") int choiceId, @JsonProperty("choice_value") String choiceValue,
                  @JsonInclude(JsonInclude.Include.NON_EMPTY) List<FieldJson> fields) {
    }
}
