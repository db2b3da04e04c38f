package io.potok.forms.internal;

import java.util.stream.Stream;

import io.potok.forms.FieldValueInvalid;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static io.potok.forms.internal.OrderFormFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Every field type with the values it accepts (and their stored shape) and the values it rejects.
 */
class FieldValuesTypesTests {

    private final OrderFormFixture fixture = new OrderFormFixture();

    static Stream<Arguments> accepted() {
        return Stream.of(
                arguments(COMMENT, "\"Позвонить после обеда\"", "\"Позвонить после обеда\""),
                arguments(COMMENT, "42", "\"42\""),
                arguments(QUANTITY, "12", "12"),
                arguments(QUANTITY, "\"12.500\"", "12.500"),
                arguments(QUANTITY, "12.5", "12.5"),
                arguments(QUANTITY, "\"12.5\"", "12.5"),
                arguments(QUANTITY, "\" -3 \"", "-3"),
                arguments(QUANTITY, "\"1e3\"", "1000"),
                arguments(QUANTITY, "\"-0.5\"", "-0.5"),
                arguments(BUDGET, "1000", "1000.00"),
                arguments(BUDGET, "\"99.9\"", "99.90"),
                arguments(WEIGHT, "2.25", "2.3"),
                arguments(DATE, "\"2026-12-04\"", "\"2026-12-04\""),
                arguments(DATE, "\"04.12.2026\"", "\"2026-12-04\""),
                arguments(DATE, "\"2024-02-29\"", "\"2024-02-29\""),
                arguments(DUE_DATE, "\"31.01.2027\"", "\"2027-01-31\""),
                arguments(TIME, "\"14:30\"", "\"14:30\""),
                arguments(TIME, "\"00:00\"", "\"00:00\""),
                arguments(DUE_DATE_TIME, "\"2026-12-04T09:00:00Z\"", "\"2026-12-04T09:00:00Z\""),
                arguments(DUE_DATE_TIME, "\"2026-12-04T12:00:00+03:00\"", "\"2026-12-04T09:00:00Z\""),
                arguments(DUE_DATE_TIME, "\"2026-12-04T02:30+07:00\"", "\"2026-12-03T19:30:00Z\""),
                arguments(DUE_DATE_TIME, "\"2026-12-04T12:00:00.750+03:00[Europe/Moscow]\"",
                        "\"2026-12-04T09:00:00Z\""),
                arguments(URGENT, "\"checked\"", "\"checked\""),
                arguments(URGENT, "\"unchecked\"", "\"unchecked\""),
                arguments(URGENT, "true", "\"checked\""),
                arguments(FLAG, "\"none\"", "\"none\""),
                arguments(FLAG, "\"checked\"", "\"checked\""),
                arguments(EMAIL, "\" mail@example.org \"", "\"mail@example.org\""),
                arguments(EMAIL, "\"a.b+orders@sub.example.ru\"", "\"a.b+orders@sub.example.ru\""),
                arguments(PHONE, "\"79000000000,12345\"", "\"79000000000,12345\""),
                arguments(PHONE, "\"+7 (495) 123-45-67\"", "\"+7 (495) 123-45-67\""),
                arguments(PHONE, "\"+7 495 123-45-67, 89\"", "\"+7 495 123-45-67, 89\""),
                arguments(PHONE, "79000000000", "\"79000000000\""),
                arguments(CLIENT_TYPE, "{\"choice_ids\": [2]}", "{\"choice_ids\": [2]}"),
                arguments(CLIENT_TYPE, "{\"choice_ids\": [\"3\"]}", "{\"choice_ids\": [3]}"),
                arguments(CLIENT_TYPE, "{\"choice_names\": [\"Розница\"]}", "{\"choice_ids\": [3]}"),
                arguments(CLIENT_TYPE, "{\"choice_id\": 1}", "{\"choice_ids\": [1]}"),
                arguments(CLIENT_TYPE, "{\"choice_ids\": [2, 2]}", "{\"choice_ids\": [2]}"),
                arguments(CHANNELS, "{\"choice_ids\": [3, 1]}", "{\"choice_ids\": [3, 1]}"),
                arguments(CHANNELS, "{\"choice_names\": [\"Сайт\", \"Почта\"]}", "{\"choice_ids\": [1, 3]}"),
                arguments(RESPONSIBLE, "{\"id\": 7}", "{\"id\": 7}"),
                arguments(RESPONSIBLE, "{\"id\": \"7\"}", "{\"id\": 7}"),
                arguments(RESPONSIBLE, "{\"email\": \"anna@demo.local\"}", "{\"id\": 7}"),
                arguments(RESPONSIBLE, "{\"email\": \"ANNA@demo.local\"}", "{\"id\": 7}"),
                arguments(RESPONSIBLE, "{\"id\": 8}", "{\"id\": 8}"),
                arguments(CLIENT, "{\"item_id\": 1001}", "{\"item_ids\": [1001]}"),
                arguments(CLIENT, "{\"item_ids\": [1003]}", "{\"item_ids\": [1003]}"),
                arguments(CLIENT, "{\"item_ids\": [\"1003\"]}", "{\"item_ids\": [1003]}"),
                arguments(CLIENT, "{\"item_names\": [\"Ромашка\"]}", "{\"item_ids\": [1001]}"),
                arguments(ADDRESS, "\"Казань, Петербургская, 50\"", "\"Казань, Петербургская, 50\""));
    }

    @ParameterizedTest(name = "field {0} accepts {1}")
    @MethodSource("accepted")
    void storesAcceptedValueInCanonicalShape(int fieldId, String written, String stored) {
        ObjectNode values = fixture.applyToEmpty(fixture.update(fieldId, written));

        assertThat(values.get(String.valueOf(fieldId))).hasToString(fixture.canonical(stored));
    }

    static Stream<Arguments> rejected() {
        return Stream.of(
                arguments(COMMENT, "{\"text\": \"x\"}", "text"),
                arguments(COMMENT, "[\"x\"]", "text"),
                arguments(QUANTITY, "\"abc\"", "number"),
                arguments(QUANTITY, "\"12,5\"", "number"),
                arguments(QUANTITY, "\"12.5.1\"", "number"),
                arguments(QUANTITY, "true", "number"),
                arguments(QUANTITY, "{\"value\": 1}", "number"),
                arguments(QUANTITY, "\"NaN\"", "number"),
                arguments(QUANTITY, "\"1e999\"", "number_too_large"),
                arguments(QUANTITY, "12345678901234567890", "number_too_large"),
                arguments(BUDGET, "\"1 000\"", "number"),
                arguments(DATE, "\"2026-13-01\"", "date"),
                arguments(DATE, "\"2025-02-29\"", "date"),
                arguments(DATE, "\"31.02.2026\"", "date"),
                arguments(DATE, "\"12/04/2026\"", "date"),
                arguments(DATE, "\"2026-12-04T10:00:00Z\"", "date"),
                arguments(DATE, "20261204", "date"),
                arguments(DUE_DATE, "\"завтра\"", "date"),
                arguments(TIME, "\"24:00\"", "time"),
                arguments(TIME, "\"9:30\"", "time"),
                arguments(TIME, "\"14:30:15\"", "time"),
                arguments(TIME, "1430", "time"),
                arguments(DUE_DATE_TIME, "\"2026-12-04T09:00:00\"", "date_time"),
                arguments(DUE_DATE_TIME, "\"2026-12-04\"", "date_time"),
                arguments(DUE_DATE_TIME, "\"04.12.2026 09:00\"", "date_time"),
                arguments(URGENT, "\"yes\"", "checkmark"),
                arguments(URGENT, "\"none\"", "checkmark"),
                arguments(URGENT, "1", "checkmark"),
                arguments(FLAG, "\"maybe\"", "flag"),
                arguments(FLAG, "true", "flag"),
                arguments(EMAIL, "\"mail.example.org\"", "email"),
                arguments(EMAIL, "\"mail@example\"", "email"),
                arguments(EMAIL, "\"two words@example.org\"", "email"),
                arguments(EMAIL, "\"a@b@example.org\"", "email"),
                arguments(EMAIL, "42", "email"),
                arguments(PHONE, "\"звоните\"", "phone"),
                arguments(PHONE, "\"+7 495 123 ext 5\"", "phone"),
                arguments(PHONE, "\"7+9000\"", "phone"),
                arguments(PHONE, "\"12\"", "phone"),
                arguments(PHONE, "\"79000000000,\"", "phone"),
                arguments(CLIENT_TYPE, "2", "choice_format"),
                arguments(CLIENT_TYPE, "{\"choice_ids\": 2}", "choice_format"),
                arguments(CLIENT_TYPE, "{\"choice_ids\": [9]}", "choice_not_found"),
                arguments(CLIENT_TYPE, "{\"choice_names\": [\"Опт\"]}", "choice_not_found"),
                arguments(CLIENT_TYPE, "{\"choice_ids\": [1, 2]}", "choice_single"),
                arguments(RESPONSIBLE, "{\"id\": 404}", "person_not_found"),
                arguments(RESPONSIBLE, "{\"id\": 10}", "person_not_found"),
                arguments(RESPONSIBLE, "{\"email\": \"stranger@other.local\"}", "person_not_found"),
                arguments(RESPONSIBLE, "{\"email\": \"nobody@demo.local\"}", "person_not_found"),
                arguments(RESPONSIBLE, "{\"id\": 9}", "person_banned"),
                arguments(RESPONSIBLE, "{\"email\": \"gone@demo.local\"}", "person_banned"),
                arguments(RESPONSIBLE, "{\"name\": \"Анна\"}", "person_format"),
                arguments(RESPONSIBLE, "\"Анна\"", "person_format"),
                arguments(CLIENT, "1001", "catalog_format"),
                arguments(CLIENT, "{\"item\": 1001}", "catalog_format"),
                arguments(CLIENT, "{\"item_names\": \"Ромашка\"}", "catalog_format"),
                arguments(CLIENT, "{\"item_id\": 404}", "catalog_item_not_found"),
                arguments(CLIENT, "{\"item_id\": 2001}", "catalog_item_not_found"),
                arguments(CLIENT, "{\"item_id\": 3001}", "catalog_item_not_found"),
                arguments(CLIENT, "{\"item_id\": \"Ромашка\"}", "catalog_item_not_found"),
                arguments(CLIENT, "{\"item_names\": [\"Нет такого\"]}", "catalog_item_not_found"),
                arguments(CLIENT, "{\"item_names\": [\"Закрытый клиент\"]}", "catalog_item_not_found"),
                arguments(CLIENT, "{\"item_ids\": [1002]}", "catalog_item_deleted"),
                arguments(CLIENT, "{\"item_ids\": [1001, 1003]}", "catalog_single"),
                arguments(LINES, "{\"cells\": []}", "table_format"),
                arguments(LINES, "[1]", "table_format"),
                arguments(LINES, "[{\"cells\": {\"22\": 1}}]", "table_format"),
                arguments(LINES, "[{\"row_id\": -1, \"cells\": []}]", "table_row_id"),
                arguments(LINES, "[{\"row_id\": \"first\", \"cells\": []}]", "table_row_id"),
                arguments(LINES, "[{\"row_id\": 5, \"delete\": true}]", "table_row_not_found"),
                arguments(LINES, "[{\"cells\": [{\"id\": 99, \"value\": 1}]}]", "table_column_not_found"),
                arguments(LINES, "[{\"cells\": [{\"id\": 22, \"value\": \"два\"}]}]", "number"),
                arguments(LINES, "[{\"cells\": [{\"id\": 21, \"value\": {\"item_id\": 1001}}]}]",
                        "catalog_item_not_found"),
                arguments(LINES, "[{\"cells\": [{\"value\": 1}]}]", "no_field_reference"));
    }

    @ParameterizedTest(name = "field {0} rejects {1} as {2}")
    @MethodSource("rejected")
    void rejectsValueNamingFieldAndValue(int fieldId, String written, String reason) {
        JsonNode update = fixture.update(fieldId, written);

        assertThatThrownBy(() -> fixture.applyToEmpty(update))
                .isInstanceOfSatisfying(FieldValueInvalid.class, error -> {
                    assertThat(error.reason()).isEqualTo(reason);
                    assertThat(error.code()).isEqualTo("invalid_field_value");
                    assertThat(error.status()).isEqualTo(400);
                    assertThat(error.messageKey()).isEqualTo("error.invalid_field_value." + reason);
                    assertThat((String) error.arguments()[1]).isNotBlank();
                });
    }

    static Stream<Arguments> cleared() {
        return Stream.of(
                arguments(COMMENT, "null"),
                arguments(COMMENT, "\"\""),
                arguments(COMMENT, "\"   \""),
                arguments(QUANTITY, "null"),
                arguments(CLIENT_TYPE, "{\"choice_ids\": []}"),
                arguments(CLIENT_TYPE, "{}"),
                arguments(CLIENT, "{\"item_ids\": []}"),
                arguments(RESPONSIBLE, "null"),
                arguments(LINES, "[]"),
                arguments(LINES, "null"));
    }

    @ParameterizedTest(name = "field {0} is cleared by {1}")
    @MethodSource("cleared")
    void clearsFieldOnEmptyValue(int fieldId, String written) {
        ObjectNode current = fixture.object("{\"1\": \"было\", \"2\": 5, \"12\": {\"choice_ids\": [1]},"
                + " \"14\": {\"id\": 7}, \"15\": {\"item_ids\": [1001]},"
                + " \"20\": [{\"row_id\": 0, \"cells\": {\"22\": 1}}]}");

        ObjectNode values = fixture.applyAll(current, fixture.update(fieldId, written));

        assertThat(values.has(String.valueOf(fieldId))).isFalse();
    }
}
