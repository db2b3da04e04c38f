package io.potok.tasks.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldSettings.Computation;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.RouteDefinition;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

class FieldUpdatesTests {

    private static final ZoneId VLADIVOSTOK = ZoneId.of("Asia/Vladivostok");
    private final JsonMapper json = JsonMapper.builder().build();

    private static FormDefinition everyType() {
        List<ChoiceOption> options = List.of(new ChoiceOption(1, "A"), new ChoiceOption(2, "B"));
        FieldDefinition product = FieldDefinition.of(31, "Product", FieldType.CATALOG).withInfo(FieldSettings.catalog(5));
        FieldDefinition quantity = FieldDefinition.of(32, "Quantity", FieldType.NUMBER);
        FieldDefinition price = FieldDefinition.of(33, "Price", FieldType.MONEY);
        FieldDefinition lineTotal = FieldDefinition.of(34, "Line total", FieldType.MONEY)
                .withInfo(FieldSettings.decimals(2).computedAs(Computation.product(32, 33)));
        return new FormDefinition(List.of(
                FieldDefinition.of(1, "Text", FieldType.TEXT),
                FieldDefinition.of(2, "Amount", FieldType.MONEY),
                FieldDefinition.of(3, "Date", FieldType.DATE),
                FieldDefinition.of(4, "Time", FieldType.TIME),
                FieldDefinition.of(5, "Due", FieldType.DUE_DATE_TIME),
                FieldDefinition.of(6, "Paid", FieldType.CHECKMARK),
                FieldDefinition.of(7, "Flag", FieldType.FLAG),
                FieldDefinition.of(8, "Kind", FieldType.MULTIPLE_CHOICE).withInfo(FieldSettings.choices(false, options)),
                FieldDefinition.of(9, "Tags", FieldType.MULTIPLE_CHOICE).withInfo(FieldSettings.choices(true, options)),
                FieldDefinition.of(10, "Manager", FieldType.PERSON),
                FieldDefinition.of(11, "Client", FieldType.CATALOG).withInfo(FieldSettings.catalog(4)),
                FieldDefinition.of(20, "Section", FieldType.TITLE).withFields(List.of(
                        FieldDefinition.of(21, "Email", FieldType.EMAIL),
                        FieldDefinition.of(22, "Note", FieldType.NOTE).withInfo(FieldSettings.note("Read me")))),
                FieldDefinition.of(30, "Lines", FieldType.TABLE).withFields(List.of(product, quantity, price, lineTotal)),
                FieldDefinition.of(40, "Total", FieldType.MONEY)
                        .withInfo(FieldSettings.decimals(2).computedAs(Computation.sum(34))),
                FieldDefinition.of(50, "Step", FieldType.STEP)), RouteDefinition.NONE);
    }

    private static FieldInput posted(Map<String, String[]> parameters) {
        return FieldInput.of(parameters);
    }

    private Map<String, JsonNode> byId(List<JsonNode> updates) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        updates.forEach(update -> values.put(update.get("id").asString(), update.get("value")));
        return values;
    }

    private List<JsonNode> map(Map<String, String[]> parameters, ObjectNode stored) {
        return FieldUpdates.from(everyType(), posted(parameters), VLADIVOSTOK, stored, field -> true);
    }

    @Test
    void mapsEveryInputTypeToWriteShape() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("_csrf", new String[] {"token"});
        parameters.put("f1", new String[] {"  Deliver before noon "});
        parameters.put("f2", new String[] {"1 234,50"});
        parameters.put("f3", new String[] {"2026-12-04"});
        parameters.put("f4", new String[] {"14:30"});
        parameters.put("f5", new String[] {"2026-12-04T09:30"});
        parameters.put("f6", new String[] {"checked"});
        parameters.put("f7", new String[] {"unchecked"});
        parameters.put("f8", new String[] {"2"});
        parameters.put("f9", new String[] {"1", "2"});
        parameters.put("f10", new String[] {"77"});
        parameters.put("f11", new String[] {"501"});
        parameters.put("f21", new String[] {"shop@example.com"});

        Map<String, JsonNode> values = byId(map(parameters, json.createObjectNode()));

        assertThat(values.get("1").asString()).isEqualTo("Deliver before noon");
        assertThat(values.get("2").asString()).isEqualTo("1234.50");
        assertThat(values.get("3").asString()).isEqualTo("2026-12-04");
        assertThat(values.get("4").asString()).isEqualTo("14:30");
        assertThat(values.get("5").asString()).isEqualTo("2026-12-03T23:30:00Z");
        assertThat(values.get("6").asString()).isEqualTo("checked");
        assertThat(values.get("7").asString()).isEqualTo("unchecked");
        assertThat(values.get("8").toString()).isEqualTo("{\"choice_ids\":[2]}");
        assertThat(values.get("9").toString()).isEqualTo("{\"choice_ids\":[1,2]}");
        assertThat(values.get("10").toString()).isEqualTo("{\"id\":77}");
        assertThat(values.get("11").toString()).isEqualTo("{\"item_ids\":[501]}");
        assertThat(values.get("21").asString()).isEqualTo("shop@example.com");
    }

    @Test
    void leavesOutReadOnlyComputedAndEmptyFields() {
        Map<String, JsonNode> values = byId(map(Map.of("f1", new String[] {""}, "f40", new String[] {"999"},
                "f50", new String[] {"3"}), json.createObjectNode()));

        assertThat(values).isEmpty();
    }

    @Test
    void clearsStoredFieldLeftEmpty() {
        ObjectNode stored = json.createObjectNode();
        stored.put("1", "old text");
        stored.put("6", "checked");

        Map<String, JsonNode> values = byId(map(Map.of("f1", new String[] {" "}), stored));

        assertThat(values.get("1").isNull()).isTrue();
        assertThat(values.get("6").asString()).isEqualTo("unchecked");
    }

    @Test
    void mapsNewTableRowsInRowOrderAndSkipsBlankRows() {
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("f30.r10.c31", new String[] {"8"});
        parameters.put("f30.r10.c32", new String[] {"2"});
        parameters.put("f30.r10.c34", new String[] {"ignored"});
        parameters.put("f30.r2.c31", new String[] {"9"});
        parameters.put("f30.r2.c33", new String[] {"10,5"});
        parameters.put("f30.r3.c32", new String[] {""});

        JsonNode table = byId(map(parameters, json.createObjectNode())).get("30");

        assertThat(table.toString()).isEqualTo("[{\"cells\":[{\"id\":31,\"value\":{\"item_ids\":[9]}},"
                + "{\"id\":33,\"value\":\"10.5\"}]},"
                + "{\"cells\":[{\"id\":31,\"value\":{\"item_ids\":[8]}},{\"id\":32,\"value\":\"2\"}]}]");
    }

    @Test
    void keepsStoredRowIdsAndDeletesRemovedRows() throws Exception {
        ObjectNode stored = json.createObjectNode();
        stored.set("30", json.readTree("[{\"row_id\":0,\"cells\":{\"32\":1}},{\"row_id\":1,\"cells\":{\"32\":4}}]"));
        Map<String, String[]> parameters = new LinkedHashMap<>();
        parameters.put("f30.r0.id", new String[] {"1"});
        parameters.put("f30.r0.c32", new String[] {"5"});

        JsonNode table = byId(map(parameters, stored)).get("30");

        assertThat(table.toString()).isEqualTo("[{\"row_id\":1,\"cells\":[{\"id\":31,\"value\":null},"
                + "{\"id\":32,\"value\":\"5\"},{\"id\":33,\"value\":null}]},{\"row_id\":0,\"delete\":true}]");
    }

    @Test
    void passesUnreadableNumbersAndTimesAsTyped() {
        assertThat(FieldUpdates.decimal("12,5 kg")).isEqualTo("12,5 kg");
        assertThat(FieldUpdates.decimal("-0,75")).isEqualTo("-0.75");
        assertThat(FieldUpdates.decimal("5.")).isEqualTo("5.");
        assertThat(FieldUpdates.utc("tomorrow", VLADIVOSTOK)).isEqualTo("tomorrow");
    }
}
