package io.potok.forms.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A form with an input field of every type a formula reads, and one computed field {@code result} whose type
 * and formula each test picks. Values are written as JSON in the stored shape.
 */
final class FormulaHarness {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 4);

    static final int A = 1;
    static final int B = 2;
    static final int MONEY = 3;
    static final int DAY = 4;
    static final int OTHER_DAY = 5;
    static final int COMMENT = 6;
    static final int URGENT = 7;
    static final int CLIENT_TYPE = 8;
    static final int LINES = 10;
    static final int QUANTITY = 11;
    static final int PRICE = 12;
    static final int LINE_TOTAL = 13;
    static final int SHIPPED = 14;
    static final int TIME = 20;
    static final int RESULT = 99;

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
            .build();

    private FormulaHarness() {
    }

    /** Returns the input fields plus the given extra fields. */
    static FormDefinition form(FieldDefinition... extra) {
        List<FieldDefinition> fields = new ArrayList<>(List.of(
                field(A, "А", "a", FieldType.NUMBER),
                field(B, "Б", "b", FieldType.NUMBER),
                field(MONEY, "Сумма", "money", FieldType.MONEY).withInfo(FieldSettings.decimals(2)),
                field(DAY, "Дата", "day", FieldType.DATE),
                field(OTHER_DAY, "Другая дата", "other_day", FieldType.DUE_DATE),
                field(COMMENT, "Комментарий", "comment", FieldType.TEXT),
                field(URGENT, "Срочно", "urgent", FieldType.CHECKMARK),
                field(CLIENT_TYPE, "Тип клиента", "client_type", FieldType.MULTIPLE_CHOICE)
                        .withInfo(FieldSettings.choices(false, List.of(new ChoiceOption(1, "Маркетплейс"),
                                new ChoiceOption(2, "Розница")))),
                field(TIME, "Время", "time", FieldType.TIME),
                field(LINES, "Позиции", "lines", FieldType.TABLE).withFields(List.of(
                        field(QUANTITY, "Количество", "quantity", FieldType.NUMBER),
                        field(PRICE, "Цена", "price", FieldType.MONEY),
                        field(LINE_TOTAL, "Сумма строки", "line_total", FieldType.MONEY)
                                .withInfo(FieldSettings.decimals(2).withFormula("quantity * price")),
                        field(SHIPPED, "Отгружено", "shipped", FieldType.DATE)))));
        fields.addAll(List.of(extra));
        return new FormDefinition(fields, null);
    }

    static FieldDefinition field(int id, String name, String code, FieldType type) {
        return FieldDefinition.of(id, name, type).withCode(code);
    }

    static FieldDefinition result(FieldType type, Integer places, String formula) {
        FieldSettings settings = places == null ? FieldSettings.NONE : FieldSettings.decimals(places);
        return field(RESULT, "Результат", "result", type).withInfo(settings.withFormula(formula));
    }

    /**
     * Recomputes the form with a computed {@code result} field over the values and returns the stored result
     * as JSON text, or null when it is empty.
     */
    static String compute(FieldType type, Integer places, String formula, String valuesJson) {
        ObjectNode values = values(valuesJson);
        Computations.recompute(form(result(type, places, formula)), values, TODAY);
        JsonNode stored = values.get(String.valueOf(RESULT));
        return stored == null ? null : stored.toString();
    }

    static String number(String formula, String valuesJson) {
        return compute(FieldType.NUMBER, null, formula, valuesJson);
    }

    static ObjectNode values(String json) {
        return (ObjectNode) JSON.readTree(json);
    }
}
