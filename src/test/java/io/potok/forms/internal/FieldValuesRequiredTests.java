package io.potok.forms.internal;

import io.potok.forms.FieldValueRequired;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Required fields: the order form needs a client type from creation (step 0), a date and the delivery
 * address (inside a title) from step 2, and a quantity in every order line from step 1.
 */
class FieldValuesRequiredTests {

    private final OrderFormFixture fixture = new OrderFormFixture();

    @ParameterizedTest(name = "step {0} with {1} misses {2}")
    @CsvSource(delimiter = '|', value = {
            "0 | {}                                                        | Тип клиента   | 0",
            "1 | {\"12\": {\"choice_ids\": [1]}, \"20\": [{\"row_id\": 0, \"cells\": {\"23\": 5}}]} "
                    + "| Строки заказа / Кол-во | 1",
            "2 | {\"12\": {\"choice_ids\": [1]}}                            | Дата          | 2",
            "2 | {\"12\": {\"choice_ids\": [1]}, \"4\": \"2026-12-04\"}        | Адрес         | 2"})
    void rejectsMissingRequiredField(int step, String values, String fieldName, int requiredStep) {
        ObjectNode stored = fixture.object(values);

        assertThatThrownBy(() -> fixture.values.checkRequired(fixture.form, stored, step))
                .isInstanceOfSatisfying(FieldValueRequired.class, error -> {
                    assertThat(error.code()).isEqualTo("required_field_missing");
                    assertThat(error.arguments()).containsExactly(fieldName, requiredStep);
                });
    }

    @ParameterizedTest(name = "step {0} accepts {1}")
    @CsvSource(delimiter = '|', value = {
            "0 | {\"12\": {\"choice_ids\": [1]}, \"20\": [{\"row_id\": 0, \"cells\": {\"23\": 5}}]}",
            "1 | {\"12\": {\"choice_ids\": [1]}}",
            "1 | {\"12\": {\"choice_ids\": [1]}, \"20\": [{\"row_id\": 0, \"cells\": {\"22\": 1}}]}",
            "5 | {\"12\": {\"choice_ids\": [1]}, \"4\": \"2026-12-04\", \"17\": \"Казань\"}"})
    void acceptsFilledRequiredFields(int step, String values) {
        ObjectNode stored = fixture.object(values);

        assertThatCode(() -> fixture.values.checkRequired(fixture.form, stored, step)).doesNotThrowAnyException();
    }

    @Test
    void treatsBlankTextAsMissing() {
        ObjectNode stored = fixture.object("{\"12\": {\"choice_ids\": [1]}, \"4\": \"2026-12-04\", \"17\": \" \"}");

        assertThatThrownBy(() -> fixture.values.checkRequired(fixture.form, stored, 2))
                .isInstanceOf(FieldValueRequired.class);
    }
}
