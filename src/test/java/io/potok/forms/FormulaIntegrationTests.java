package io.potok.forms;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.FieldSettings.ChoiceOption;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Formulas end to end: a form created with formulas computes its fields when values are applied, and a form
 * with a formula cycle is not created.
 */
@PotokTest
class FormulaIntegrationTests {

    @Autowired
    Forms forms;

    @Autowired
    FieldValues fieldValues;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    JsonMapper json;

    @Autowired
    MessageSource messages;

    private static FieldDefinition field(int id, String name, String code, FieldType type, String formula) {
        FieldSettings settings = type == FieldType.MONEY ? FieldSettings.decimals(2) : FieldSettings.NONE;
        return FieldDefinition.of(id, name, type).withCode(code)
                .withInfo(formula == null ? settings : settings.withFormula(formula));
    }

    private static FormDefinition orders() {
        FieldDefinition lines = field(2, "Позиции", "lines", FieldType.TABLE, null).withFields(List.of(
                field(3, "Количество", "quantity", FieldType.NUMBER, null),
                field(4, "Цена", "price", FieldType.MONEY, null),
                field(5, "Сумма", "line_total", FieldType.MONEY, "quantity * price")));
        FieldDefinition clientType = FieldDefinition.of(1, "Тип клиента", FieldType.MULTIPLE_CHOICE)
                .withCode("client_type").withInfo(FieldSettings.choices(false,
                        List.of(new ChoiceOption(1, "Дистрибьютор"), new ChoiceOption(2, "Розница"))));
        return new FormDefinition(List.of(clientType, lines,
                field(6, "Сумма заказа", "total", FieldType.MONEY, "sum(line_total)"),
                field(7, "Скидка за трейд-ин", "trade_in_discount", FieldType.MONEY, null),
                field(8, "К оплате", "to_pay", FieldType.MONEY, "total - ifempty(trade_in_discount, 0)"),
                field(9, "Дата заказа", "ordered", FieldType.DATE, null),
                field(10, "Срок", "due_date", FieldType.DUE_DATE,
                        "if(client_type = 'Розница', ordered + 1, ordered + 3)"),
                field(11, "Средняя цена", "average_price", FieldType.MONEY, "total / sum(quantity)")), null);
    }

    private JsonNode update(String jsonText) {
        return json.readTree(jsonText);
    }

    @Test
    void appliedValuesComputeFormulas() {
        long org = new TestOrganizations(jdbc).organization();
        Form form = forms.create(org, "Заказы с формулами", orders(), null);

        ObjectNode values = fieldValues.apply(org, form, json.createObjectNode(), List.of(
                update("{\"code\": \"client_type\", \"value\": {\"choice_ids\": [2]}}"),
                update("{\"code\": \"ordered\", \"value\": \"2024-02-28\"}"),
                update("{\"code\": \"trade_in_discount\", \"value\": 500}"),
                update("{\"code\": \"lines\", \"value\": ["
                        + "{\"cells\": [{\"code\": \"quantity\", \"value\": 2}, {\"code\": \"price\", \"value\": 25000}]},"
                        + "{\"cells\": [{\"code\": \"quantity\", \"value\": 3}, {\"code\": \"price\", \"value\": 450.335}]}]}")
        )).values();

        assertThat(values.get("2").get(0).get("cells").get("5").decimalValue()).isEqualByComparingTo("50000.00");
        assertThat(values.get("2").get(1).get("cells").get("5").decimalValue()).isEqualByComparingTo("1351.02");
        assertThat(values.get("6").decimalValue()).isEqualByComparingTo("51351.02");
        assertThat(values.get("8").decimalValue()).isEqualByComparingTo("50851.02");
        assertThat(values.get("10").asString()).isEqualTo("2024-02-29");
        assertThat(values.get("11").decimalValue()).isEqualByComparingTo("10270.20");
    }

    @Test
    void halfFilledFormLeavesFormulasEmpty() {
        long org = new TestOrganizations(jdbc).organization();
        Form form = forms.create(org, "Заказы без строк", orders(), null);

        ObjectNode values = fieldValues.apply(org, form, json.createObjectNode(), List.of(
                update("{\"code\": \"trade_in_discount\", \"value\": 500}"))).values();

        assertThat(values.has("6")).isFalse();
        assertThat(values.has("8")).isFalse();
        assertThat(values.has("10")).isFalse();
    }

    @Test
    void divisionByZeroIsReportedNotCrashed() {
        long org = new TestOrganizations(jdbc).organization();
        Form form = forms.create(org, "Заказы с нулём", orders(), null);
        List<JsonNode> zeroQuantity = List.of(update("{\"code\": \"lines\", \"value\": ["
                + "{\"cells\": [{\"code\": \"quantity\", \"value\": 0}, {\"code\": \"price\", \"value\": 10}]}]}"));

        assertThatThrownBy(() -> fieldValues.apply(org, form, json.createObjectNode(), zeroQuantity))
                .isInstanceOfSatisfying(FormulaFailed.class, failure -> assertThat(
                        messages.getMessage(failure.messageKey(), failure.arguments(), java.util.Locale.ENGLISH))
                        .isEqualTo("Field “Средняя цена”: the formula “total / sum(quantity)” divides by zero. "
                                + "Change the value it divides by, or guard the division with if()."));
    }

    @Test
    void computedFieldCannotBeWritten() {
        long org = new TestOrganizations(jdbc).organization();
        Form form = forms.create(org, "Заказы только чтение", orders(), null);

        assertThatThrownBy(() -> fieldValues.apply(org, form, json.createObjectNode(),
                List.of(update("{\"code\": \"total\", \"value\": 1}"))))
                .isInstanceOfSatisfying(FieldValueInvalid.class,
                        failure -> assertThat(failure.reason()).isEqualTo("read_only"));
    }

    @Test
    void formWithCycleIsNotCreated() {
        long org = new TestOrganizations(jdbc).organization();
        List<FieldDefinition> fields = List.of(
                field(1, "Итого", "total", FieldType.MONEY, "to_pay + 1"),
                field(2, "К оплате", "to_pay", FieldType.MONEY, "total - 1"));

        assertThatThrownBy(() -> forms.create(org, "Заказы с циклом", new FormDefinition(fields, null), null))
                .isInstanceOfSatisfying(FormDefinitionInvalid.class, invalid -> {
                    assertThat(invalid.problems()).containsExactly(DefinitionProblem.of("formula_cycle",
                            "Итого", "to_pay + 1", "Итого → К оплате → Итого"));
                    assertThat(messages.getMessage(invalid.messageKey(), invalid.arguments(), java.util.Locale.ENGLISH))
                            .isEqualTo("Field “Итого”: the formula “to_pay + 1” depends on itself through "
                                    + "Итого → К оплате → Итого. Remove one of these references.");
                });
        assertThat(forms.list(org)).extracting(Form::name).doesNotContain("Заказы с циклом");
    }

    @Test
    void publishRejectsUnknownField() {
        long org = new TestOrganizations(jdbc).organization();
        Form form = forms.create(org, "Заказы для публикации", orders(), null);
        List<FieldDefinition> changed = List.of(field(6, "Сумма заказа", "total", FieldType.MONEY, "sum(line_totals)"));

        assertThatThrownBy(() -> forms.publish(org, form.id(), new FormDefinition(changed, null), null))
                .isInstanceOfSatisfying(FormDefinitionInvalid.class, invalid -> assertThat(invalid.problems())
                        .extracting(DefinitionProblem::code).containsExactly("formula_unknown_field"));
        assertThat(forms.find(org, form.id())).map(Form::version).contains(1);
    }

    @Test
    void todayTakesOrganisationTimeZone() {
        long east = organizationIn("Pacific/Kiritimati");
        long west = organizationIn("Pacific/Pago_Pago");
        List<FieldDefinition> fields = List.of(
                new FieldDefinition(1, "Сегодня", null, FieldType.DATE, null, null,
                        FieldSettings.NONE.withFormula("today()"), List.of()));

        JsonNode eastToday = todayIn(east, fields);
        JsonNode westToday = todayIn(west, fields);

        // The two zones are 25 hours apart, so their dates always differ.
        assertThat(eastToday.asString()).isEqualTo(LocalDate.now(ZoneId.of("Pacific/Kiritimati")).toString());
        assertThat(westToday.asString()).isEqualTo(LocalDate.now(ZoneId.of("Pacific/Pago_Pago")).toString());
        assertThat(eastToday).isNotEqualTo(westToday);
    }

    private long organizationIn(String zone) {
        long org = new TestOrganizations(jdbc).organization();
        jdbc.sql("update organizations set time_zone = :zone where id = :id").param("zone", zone).param("id", org)
                .update();
        return org;
    }

    private JsonNode todayIn(long org, List<FieldDefinition> fields) {
        Form form = forms.create(org, "Дата сегодня", new FormDefinition(fields, null), null);
        return fieldValues.apply(org, form, json.createObjectNode(), List.of()).values().get("1");
    }
}
