package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.Forms;
import io.potok.tasks.MachineForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Per-field behaviours through the API: descriptions and option fields in the form, defaults on create,
 * and 409 for a unique value another task already has.
 */
@PotokTest
class FieldBehaviourApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    MachineForms machines;
    ApiCaller caller;

    @BeforeEach
    void machineForm() {
        machines = new MachineForms(new TestOrganizations(jdbc), forms);
        caller = ApiCaller.create(jdbc, port, machines.orgId, null, false);
    }

    @Test
    void formListsDescriptionsAndOptionFields() {
        JsonNode fields = caller.get("/api/v4/forms/" + machines.form.id()).json().get("fields");

        assertThat(fields.get(0).path("info").path("description").asString())
                .isEqualTo("The number on the machine's sticker");
        JsonNode repair = fields.get(1).path("info").path("options").get(0);
        assertThat(repair.path("choice_value").asString()).isEqualTo("Repair");
        assertThat(repair.path("fields").get(0).path("id").asInt()).isEqualTo(MachineForms.FAULT);
        assertThat(repair.path("fields").get(0).path("parent_id").asInt()).isEqualTo(MachineForms.KIND);
        assertThat(fields.get(1).path("info").path("options").get(1).has("fields")).isFalse();
    }

    @Test
    void createAppliesDefaultsAndRendersOptionFields() {
        ApiCaller.Reply reply = create("A-" + System.nanoTime(), """
                , {"id": 2, "value": {"choice_ids": [1]}}, {"id": 21, "value": "Noisy"}""");

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        JsonNode fields = reply.json().path("task").path("fields");
        assertThat(field(fields, MachineForms.PRIORITY).path("value").path("choice_names").get(0).asString())
                .isEqualTo("Normal");
        assertThat(field(fields, MachineForms.QUANTITY).path("value").asInt()).isEqualTo(1);
        JsonNode nested = field(fields, MachineForms.KIND).path("value").path("fields");
        assertThat(nested.get(0).path("value").asString()).isEqualTo("Noisy");
    }

    @Test
    void uniqueConflictOnCreate() {
        String sticker = "B-" + System.nanoTime();
        long first = create(sticker, "").json().path("task").path("id").asLong();

        ApiCaller.Reply reply = create(sticker, "");

        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.json().path("error_code").asString()).isEqualTo("field_value_not_unique");
        assertThat(reply.json().path("error").asString()).contains("Sticker number", sticker, "#" + first);
    }

    @Test
    void uniqueConflictOnChange() {
        String sticker = "W-" + System.nanoTime();
        create(sticker, "");
        long second = create(sticker + "-2", "").json().path("task").path("id").asLong();

        ApiCaller.Reply reply = caller.post("/api/v4/tasks/" + second + "/comments", """
                {"field_updates": [{"id": 1, "value": "%s"}]}""".formatted(sticker));

        assertThat(reply.status()).as(reply.body()).isEqualTo(409);
        assertThat(reply.json().path("error_code").asString()).isEqualTo("field_value_not_unique");
    }

    private ApiCaller.Reply create(String sticker, String moreFields) {
        return caller.post("/api/v4/tasks", """
                {"form_id": %d, "fields": [{"id": 1, "value": "%s"}%s]}"""
                .formatted(machines.form.id(), sticker, moreFields.isEmpty() ? ", {\"id\": 2, \"value\": {\"choice_ids\": [2]}}" : moreFields));
    }

    private static JsonNode field(JsonNode fields, int fieldId) {
        for (JsonNode field : fields) {
            if (field.path("id").asInt() == fieldId) {
                return field;
            }
        }
        throw new AssertionError("No field " + fieldId + " in " + fields);
    }
}
