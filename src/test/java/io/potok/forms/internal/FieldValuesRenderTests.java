package io.potok.forms.internal;

import java.time.Instant;
import java.util.Locale;
import java.util.stream.Stream;

import io.potok.forms.TaskFacts;
import io.potok.platform.SupportedLocales;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static io.potok.forms.internal.OrderFormFixture.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Rendering stored values as the API's field objects, and formatting them as text.
 */
class FieldValuesRenderTests {

    private static final TaskFacts FACTS = new TaskFacts(2, false, Instant.parse("2026-03-01T08:15:30.123Z"), MANAGER);

    private final OrderFormFixture fixture = new OrderFormFixture();
    private final ObjectNode stored = fixture.object("{"
            + "\"1\": \"Позвонить\", \"3\": 1500.50, \"12\": {\"choice_ids\": [3]},"
            + " \"13\": {\"choice_ids\": [1, 3]}, \"14\": {\"id\": 7}, \"15\": {\"item_ids\": [1002]},"
            + " \"17\": \"Казань\","
            + " \"20\": [{\"row_id\": 4, \"cells\": {\"21\": {\"item_ids\": [2001]}, \"22\": 2}}],"
            + " \"25\": 50000.00}");

    private ArrayNode rendered() {
        return fixture.values.render(ORG, fixture.form, stored, FACTS);
    }

    private JsonNode fieldObject(int id) {
        for (JsonNode field : rendered()) {
            if (field.path("id").asInt() == id) {
                return field;
            }
        }
        throw new AssertionError("no field " + id);
    }

    @Test
    void rendersTopLevelFieldsInFormOrder() {
        assertThat(rendered()).extracting(field -> field.path("id").asInt())
                .containsExactly(COMMENT, QUANTITY, BUDGET, DATE, TIME, DUE_DATE, DUE_DATE_TIME, URGENT, FLAG, EMAIL,
                        PHONE, CLIENT_TYPE, CHANNELS, RESPONSIBLE, CLIENT, DELIVERY, LINES, ORDER_TOTAL, NOTE, STEP,
                        STATUS, CREATED, AUTHOR);
    }

    @Test
    void rendersIdTypeNameCodeAndValue() {
        assertThat(fieldObject(COMMENT)).hasToString(
                "{\"id\":1,\"type\":\"text\",\"name\":\"Комментарий\",\"code\":\"comment\",\"value\":\"Позвонить\"}");
        assertThat(fieldObject(BUDGET).path("value")).hasToString("1500.5");
    }

    @Test
    void omitsValueOfEmptyField() {
        assertThat(fieldObject(QUANTITY)).hasToString("{\"id\":2,\"type\":\"number\",\"name\":\"Количество\"}");
    }

    @Test
    void rendersChoiceIdsAndNames() {
        assertThat(fieldObject(CLIENT_TYPE).path("value")).hasToString(
                "{\"choice_id\":3,\"choice_ids\":[3],\"choice_names\":[\"Розница\"]}");
        assertThat(fieldObject(CHANNELS).path("value").path("choice_names")).hasToString("[\"Сайт\",\"Почта\"]");
    }

    @Test
    void rendersPersonObject() {
        assertThat(fieldObject(RESPONSIBLE).path("value")).hasToString("{\"id\":7,\"first_name\":\"Анна\","
                + "\"last_name\":\"Петрова\",\"email\":\"anna@demo.local\",\"type\":\"user\",\"department_id\":5,"
                + "\"banned\":false,\"position\":\"Менеджер\"}");
    }

    @Test
    void rendersCatalogItemWithHeadersEvenWhenDeleted() {
        assertThat(fieldObject(CLIENT).path("value")).hasToString("{\"item_id\":1002,\"item_ids\":[1002],"
                + "\"headers\":[\"Название\",\"Город\"],\"rows\":[[\"Закрытый клиент\",\"Тверь\"]],"
                + "\"values\":[\"Закрытый клиент\",\"Тверь\"]}");
    }

    @Test
    void rendersTitleWithItsChildren() {
        JsonNode children = fieldObject(DELIVERY).path("value").path("fields");

        assertThat(children).hasSize(2);
        assertThat(children.get(0)).hasToString(
                "{\"id\":17,\"type\":\"text\",\"name\":\"Адрес\",\"parent_id\":16,\"value\":\"Казань\"}");
        assertThat(children.get(1).has("value")).isFalse();
    }

    @Test
    void rendersTableRowsWithCellFields() {
        JsonNode rows = fieldObject(LINES).path("value");

        assertThat(rows).hasSize(1);
        assertThat(rows.at("/0/row_id").asLong()).isEqualTo(4);
        JsonNode cells = rows.at("/0/cells");
        assertThat(cells).extracting(cell -> cell.path("id").asInt())
                .containsExactly(LINE_PRODUCT, LINE_QUANTITY, LINE_PRICE, LINE_TOTAL);
        assertThat(cells.get(0).path("parent_id").asInt()).isEqualTo(LINES);
        assertThat(cells.get(0).path("row_id").asLong()).isEqualTo(4);
        assertThat(cells.get(0).at("/value/values")).hasToString("[\"Кофемашина\",\"25000\"]");
        assertThat(cells.get(1)).hasToString("{\"id\":22,\"type\":\"number\",\"name\":\"Кол-во\",\"code\":\"qty\","
                + "\"parent_id\":20,\"row_id\":4,\"value\":2}");
        assertThat(cells.get(2).has("value")).isFalse();
    }

    @Test
    void rendersReadOnlyFieldsFromFacts() {
        assertThat(fieldObject(STEP).path("value").asInt()).isEqualTo(2);
        assertThat(fieldObject(STATUS).path("value").asString()).isEqualTo("open");
        assertThat(fieldObject(CREATED).path("value").asString()).isEqualTo("2026-03-01T08:15:30Z");
        assertThat(fieldObject(AUTHOR).at("/value/email").asString()).isEqualTo("anna@demo.local");
        assertThat(fieldObject(NOTE).path("value").asString()).isEqualTo("Проверьте адрес");
    }

    @Test
    void rendersClosedStatusAndBotAuthor() {
        TaskFacts closedByBot = new TaskFacts(null, true, Instant.parse("2026-03-01T08:15:30Z"), BOT);

        ArrayNode fields = fixture.values.render(ORG, fixture.form, stored, closedByBot);

        JsonNode step = fields.get(19);
        assertThat(step.path("type").asString()).isEqualTo("step");
        assertThat(step.has("value")).isFalse();
        assertThat(fields.get(20).path("value").asString()).isEqualTo("closed");
        assertThat(fields.get(22).at("/value/type").asString()).isEqualTo("bot");
    }

    static Stream<Arguments> displayed() {
        return Stream.of(
                arguments(COMMENT, "\"Позвонить\"", "ru", "Позвонить"),
                arguments(QUANTITY, "12.5", "ru", "12.5"),
                arguments(QUANTITY, "10000000", "en", "10000000"),
                arguments(BUDGET, "1500.5", "ru", "1500.50"),
                arguments(BUDGET, "1000", "en", "1000.00"),
                arguments(DATE, "\"2026-12-04\"", "ru", "04.12.2026"),
                arguments(DATE, "\"2026-12-04\"", "en", "2026-12-04"),
                arguments(DUE_DATE, "\"2027-01-31\"", "ru", "31.01.2027"),
                arguments(TIME, "\"14:30\"", "en", "14:30"),
                arguments(DUE_DATE_TIME, "\"2026-12-04T09:00:00Z\"", "ru", "04.12.2026 09:00 UTC"),
                arguments(DUE_DATE_TIME, "\"2026-12-04T09:00:00Z\"", "en", "2026-12-04 09:00 UTC"),
                arguments(URGENT, "\"checked\"", "ru", "Да"),
                arguments(URGENT, "\"unchecked\"", "en", "No"),
                arguments(FLAG, "\"none\"", "ru", "Не задано"),
                arguments(CHANNELS, "{\"choice_ids\": [1, 3]}", "ru", "Сайт, Почта"),
                arguments(RESPONSIBLE, "{\"id\": 7}", "ru", "Анна Петрова"),
                arguments(RESPONSIBLE, "{\"id\": 404}", "ru", "#404"),
                arguments(CLIENT, "{\"item_ids\": [1001]}", "en", "Ромашка"),
                arguments(LINES, "[{\"row_id\": 0, \"cells\": {\"21\": {\"item_ids\": [2001]}, \"22\": 2}},"
                        + " {\"row_id\": 1, \"cells\": {\"23\": 5}}]", "ru",
                        "Товар: Кофемашина; Кол-во: 2\nЦена: 5.00"),
                arguments(COMMENT, "null", "ru", ""));
    }

    @ParameterizedTest(name = "field {0} value {1} in {2} reads {3}")
    @MethodSource("displayed")
    void displaysValueAsText(int fieldId, String value, String language, String text) {
        Locale locale = SupportedLocales.pick(language);
        JsonNode storedValue = fixture.parse(value);

        assertThat(fixture.values.display(ORG, fixture.field(fieldId), storedValue, locale)).isEqualTo(text);
    }

    @Test
    void displaysMissingValueAsEmpty() {
        assertThat(fixture.values.display(ORG, fixture.field(COMMENT), null, Locale.ENGLISH)).isEmpty();
    }
}
