package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.potok.PotokTest;
import io.potok.demo.DemoWorkspace;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * Takes an order of the demo workspace through its route with API calls only, as the members the route
 * assigns.
 */
@PotokTest
class DemoOrderApiTests {

    @LocalServerPort
    int port;

    private ApiCaller demo(String localPart) {
        return ApiCaller.existing(0, localPart + "@" + DemoWorkspace.EMAIL_DOMAIN, "demo-" + localPart + "-key", port);
    }

    private static long idByName(JsonNode list, String name, String idKey) {
        for (JsonNode item : list) {
            if (name.equals(item.get("name").asString())) {
                return item.get(idKey).asLong();
            }
        }
        throw new AssertionError("No " + name + " in " + list);
    }

    private static List<Long> inboxIds(ApiCaller member) {
        List<Long> ids = new ArrayList<>();
        member.get("/api/v4/inbox?item_count=1000").json().get("tasks").forEach(task -> ids.add(task.get("id").asLong()));
        return ids;
    }

    /** Creates a retail order for a Moscow client as the manager and returns the task. */
    private JsonNode createRetailOrder(ApiCaller manager) {
        long formId = idByName(manager.get("/api/v4/forms").json().get("forms"), DemoWorkspace.ORDERS_FORM, "id");
        long catalogId = idByName(manager.get("/api/v4/catalogs").json().get("catalogs"),
                DemoWorkspace.CLIENTS_CATALOG, "catalog_id");
        long clientId = manager.get("/api/v4/catalogs/" + catalogId).json().get("items").get(0).get("item_id").asLong();
        ApiCaller.Reply reply = manager.post("/api/v4/tasks", """
                {"form_id": %d, "fields": [
                  {"code": "client", "value": {"item_id": %d}},
                  {"id": %d, "value": {"choice_ids": [%d]}},
                  {"id": %d, "value": {"choice_ids": [%d]}},
                  {"id": %d, "value": {"choice_ids": [%d]}}]}
                """.formatted(formId, clientId,
                DemoWorkspace.CLIENT_TYPE, DemoWorkspace.CLIENT_TYPE_RETAIL,
                DemoWorkspace.SOURCE, DemoWorkspace.SOURCE_RETAIL_STORE,
                DemoWorkspace.REGION, DemoWorkspace.REGION_MOSCOW));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("task");
    }

    private static JsonNode comment(ApiCaller member, long taskId, String body) {
        ApiCaller.Reply reply = member.post("/api/v4/tasks/" + taskId + "/comments", body);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("task");
    }

    @Test
    void orderGoesThroughRouteToClosed() {
        ApiCaller manager = demo("retail1");
        JsonNode order = createRetailOrder(manager);
        long id = order.get("id").asLong();
        // the author is one of the retail managers the first step waits for, so it is approved at creation
        assertThat(order.get("current_step").asInt()).isEqualTo(DemoWorkspace.STEP_WAREHOUSE);
        assertThat(order.get("approvals").get(0).get(0).get("approval_choice").asString()).isEqualTo("approved");
        assertThat(inboxIds(demo("moscow1"))).contains(id);
        String client = order.get("fields").get(0).get("value").get("values").get(0).asString();
        assertThat(order.get("subject").asString()).isEqualTo(DemoWorkspace.ORDERS_FORM + ": " + client);

        JsonNode shipped = comment(demo("moscow1"), id, """
                {"text": "Собрано", "field_updates": [{"code": "delivery", "value": {"choice_ids": [%d]}}],
                 "approval_choice": "approved"}
                """.formatted(DemoWorkspace.DELIVERY_COURIER));
        assertThat(shipped.get("current_step").asInt()).isEqualTo(DemoWorkspace.STEP_DELIVERY);

        JsonNode delivered = comment(demo("courier1"), id, "{\"approval_choice\": \"approved\"}");

        assertThat(delivered.get("is_closed").asBoolean()).isTrue();
        assertThat(delivered.has("current_step")).isFalse();
        JsonNode lastComment = delivered.get("comments").get(delivered.get("comments").size() - 1);
        assertThat(lastComment.get("approval_choice").asString()).isEqualTo("approved");
        assertThat(delivered.get("steps")).hasSize(3);
    }

    @Test
    void warehouseRejectionReturnsOrderToManager() {
        ApiCaller manager = demo("retail2");
        JsonNode order = createRetailOrder(manager);
        long id = order.get("id").asLong();

        JsonNode rejected = comment(demo("moscow2"), id, "{\"text\": \"Нет на складе\", \"approval_choice\": \"rejected\"}");

        assertThat(rejected.get("current_step").asInt()).isEqualTo(DemoWorkspace.STEP_MANAGER);
        assertThat(rejected.get("is_closed").asBoolean()).isFalse();
    }

    @Test
    void memberOfAnotherTeamSeesNothingOfOrder() {
        JsonNode order = createRetailOrder(demo("retail3"));
        long id = order.get("id").asLong();
        ApiCaller itMember = demo("it2");

        ApiCaller.Reply task = itMember.get("/api/v4/tasks/" + id);
        ApiCaller.Reply shortPath = itMember.get("/v4/tasks/" + id);
        long formId = order.get("form_id").asLong();
        ApiCaller.Reply register = itMember.get("/api/v4/forms/" + formId + "/register?include_archived=y");

        assertThat(task.status()).isIn(403, 404);
        assertThat(shortPath.status()).isEqualTo(task.status());
        assertThat(inboxIds(itMember)).doesNotContain(id);
        // IT has no access to the orders form, so its register is closed to them as a whole
        assertThat(register.status()).isEqualTo(403);
        assertThat(register.body()).doesNotContain("\"id\":" + id);
    }
}
