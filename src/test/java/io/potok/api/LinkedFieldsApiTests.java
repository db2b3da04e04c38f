package io.potok.api;

import static io.potok.LinkedFieldsFixture.CLIENT;
import static io.potok.LinkedFieldsFixture.DOCUMENTS;
import static io.potok.LinkedFieldsFixture.LISTS;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.potok.LinkedFieldsFixture;
import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.Forms;
import io.potok.tasks.TaskLists;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PotokTest
class LinkedFieldsApiTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Tasks tasks;

    @Autowired
    TaskLists lists;

    private record Setup(ApiCaller writer, LinkedFieldsFixture fixture) {
    }

    private Setup setup() {
        TestOrganizations people = new TestOrganizations(jdbc);
        long org = people.organization();
        ApiCaller writer = ApiCaller.create(jdbc, port, org, people.department(org, null, null), false);
        long other = people.member(org, people.department(org, null, null));
        return new Setup(writer, new LinkedFieldsFixture(org, writer.memberId, other, forms, tasks, lists));
    }

    private static ApiCaller.Reply createContract(Setup setup, String fields) {
        return setup.writer().post("/api/v4/tasks",
                "{\"form_id\": %d, \"fields\": [%s]}".formatted(setup.fixture().contracts.id(), fields));
    }

    private static JsonNode createdContract(Setup setup, String fields) {
        ApiCaller.Reply reply = createContract(setup, fields);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("task");
    }

    private static ApiCaller.Reply update(Setup setup, long taskId, String fieldUpdates) {
        return setup.writer().post("/api/v4/tasks/" + taskId + "/comments",
                "{\"field_updates\": [%s]}".formatted(fieldUpdates));
    }

    private static JsonNode fieldValue(JsonNode task, int fieldId) {
        for (JsonNode field : task.get("fields")) {
            if (field.get("id").asInt() == fieldId) {
                return field.get("value");
            }
        }
        throw new AssertionError("No field " + fieldId + " in " + task);
    }

    private static JsonNode recordedValue(int recordedFieldId) {
        for (JsonNode field : ApiCaller.fixture("task.json").get("task").get("fields")) {
            if (field.get("id").asInt() == recordedFieldId) {
                return field.get("value");
            }
        }
        throw new AssertionError("No recorded field " + recordedFieldId);
    }

    private String upload(Setup setup, String name, String content) {
        ApiCaller.Reply reply = setup.writer().upload("/api/v4/files/upload", name,
                content.getBytes(StandardCharsets.UTF_8));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("guid").asString();
    }

    @Test
    void formLinkReadsAsRecorded() {
        Setup setup = setup();

        JsonNode task = createdContract(setup,
                "{\"id\": %d, \"value\": {\"task_id\": %d}}".formatted(CLIENT, setup.fixture().visibleClientId));

        JsonNode value = fieldValue(task, CLIENT);
        WireShapes.assertSameShape(value, recordedValue(5));
        assertThat(value.get("task_id").asLong()).isEqualTo(setup.fixture().visibleClientId);
        assertThat(value.get("task_ids").get(0).asLong()).isEqualTo(setup.fixture().visibleClientId);
        assertThat(value.get("subject").asString()).isEqualTo(setup.fixture().visibleClientSubject);
    }

    @Test
    void formDefinitionNamesLinkedForm() {
        Setup setup = setup();

        JsonNode form = setup.writer().get("/api/v4/forms/" + setup.fixture().contracts.id()).json();

        JsonNode client = form.get("fields").get(1);
        assertThat(client.get("type").asString()).isEqualTo("form_link");
        assertThat(client.get("info").get("form_id").asLong()).isEqualTo(setup.fixture().clients.id());
    }

    @Test
    void formLinkTakesTaskIdsAndClears() {
        Setup setup = setup();
        long taskId = createdContract(setup, "{\"id\": 1, \"value\": \"Договор\"}").get("id").asLong();

        ApiCaller.Reply linked = update(setup, taskId,
                "{\"id\": %d, \"value\": {\"task_ids\": [%d]}}".formatted(CLIENT, setup.fixture().visibleClientId));
        ApiCaller.Reply cleared = update(setup, taskId, "{\"id\": %d, \"value\": null}".formatted(CLIENT));

        assertThat(linked.status()).as(linked.body()).isEqualTo(200);
        assertThat(fieldValue(linked.json().get("task"), CLIENT).get("task_ids").get(0).asLong())
                .isEqualTo(setup.fixture().visibleClientId);
        assertThat(cleared.status()).as(cleared.body()).isEqualTo(200);
        assertThat(fieldValue(cleared.json().get("task"), CLIENT)).isNull();
    }

    @Test
    void formLinkRejectsTaskWriterCannotSee() {
        Setup setup = setup();

        ApiCaller.Reply reply = createContract(setup,
                "{\"id\": %d, \"value\": {\"task_ids\": [%d]}}".formatted(CLIENT, setup.fixture().hiddenClientId));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("invalid_field_value");
        assertThat(reply.json().get("error").asString())
                .contains("Client").contains(String.valueOf(setup.fixture().hiddenClientId));
    }

    @Test
    void formLinkRejectsTaskOfAnotherForm() {
        Setup setup = setup();

        ApiCaller.Reply reply = createContract(setup,
                "{\"id\": %d, \"value\": {\"task_ids\": [%d]}}".formatted(CLIENT, setup.fixture().otherFormTaskId));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asString())
                .contains("Client").contains(String.valueOf(setup.fixture().otherFormTaskId)).contains("друг");
    }

    @Test
    void formLinkRejectsUnknownTask() {
        Setup setup = setup();

        ApiCaller.Reply reply = createContract(setup, "{\"id\": %d, \"value\": {\"task_ids\": [999999999]}}"
                .formatted(CLIENT));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).contains("Client").contains("999999999");
    }

    @Test
    void fileFieldReadsAsRecordedWithUrl() {
        Setup setup = setup();
        String guid = upload(setup, "contract.pdf", "Договор поставки");

        JsonNode task = createdContract(setup, "{\"id\": %d, \"value\": [{\"guid\": \"%s\"}]}".formatted(DOCUMENTS, guid));

        JsonNode files = fieldValue(task, DOCUMENTS);
        WireShapes.assertSameShape(files, recordedValue(14));
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("name").asString()).isEqualTo("contract.pdf");
        assertThat(files.get(0).get("version").asInt()).isEqualTo(1);
        assertThat(files.get(0).get("size").asLong()).isEqualTo("Договор поставки".getBytes(StandardCharsets.UTF_8).length);
        assertThat(files.get(0).get("url").asString()).endsWith("/api/v4/files/download/" + files.get(0).get("id").asLong());
    }

    @Test
    void fileNewVersionKeepsOldVersionDownloadable() {
        Setup setup = setup();
        String first = upload(setup, "contract.pdf", "Первая редакция");
        JsonNode task = createdContract(setup, "{\"id\": %d, \"value\": [{\"guid\": \"%s\"}]}".formatted(DOCUMENTS, first));
        long firstId = fieldValue(task, DOCUMENTS).get(0).get("id").asLong();
        String second = upload(setup, "contract.pdf", "Вторая редакция");

        ApiCaller.Reply replaced = update(setup, task.get("id").asLong(),
                "{\"id\": %d, \"value\": [{\"guid\": \"%s\"}]}".formatted(DOCUMENTS, second));

        assertThat(replaced.status()).as(replaced.body()).isEqualTo(200);
        JsonNode files = fieldValue(replaced.json().get("task"), DOCUMENTS);
        assertThat(files).hasSize(1);
        assertThat(files.get(0).get("version").asInt()).isEqualTo(2);
        assertThat(files.get(0).get("id").asLong()).isNotEqualTo(firstId);
        ApiCaller.Download old = setup.writer().download("/api/v4/files/download/" + firstId);
        assertThat(old.status()).isEqualTo(200);
        assertThat(new String(old.content(), StandardCharsets.UTF_8)).isEqualTo("Первая редакция");
        ApiCaller.Download current = setup.writer().download(files.get(0).get("url").asString());
        assertThat(new String(current.content(), StandardCharsets.UTF_8)).isEqualTo("Вторая редакция");
    }

    @Test
    void fileReplacesNamedFileAndRemoves() {
        Setup setup = setup();
        String first = upload(setup, "price.xlsx", "v1");
        JsonNode task = createdContract(setup, "{\"id\": %d, \"value\": [{\"guid\": \"%s\"}]}".formatted(DOCUMENTS, first));
        long taskId = task.get("id").asLong();
        long firstId = fieldValue(task, DOCUMENTS).get(0).get("id").asLong();
        String renamed = upload(setup, "price-december.xlsx", "v2");

        ApiCaller.Reply replaced = update(setup, taskId, "{\"id\": %d, \"value\": [{\"guid\": \"%s\", \"replaces\": %d}]}"
                .formatted(DOCUMENTS, renamed, firstId));
        ApiCaller.Reply removed = update(setup, taskId, "{\"id\": %d, \"value\": []}".formatted(DOCUMENTS));

        assertThat(fieldValue(replaced.json().get("task"), DOCUMENTS).get(0).get("version").asInt()).isEqualTo(2);
        assertThat(removed.status()).as(removed.body()).isEqualTo(200);
        assertThat(fieldValue(removed.json().get("task"), DOCUMENTS)).isNull();
        assertThat(setup.writer().download("/api/v4/files/download/" + firstId).status()).isEqualTo(200);
    }

    @Test
    void fileRejectsFileOfAnotherTask() {
        Setup setup = setup();
        String guid = upload(setup, "contract.pdf", "Договор");
        createdContract(setup, "{\"id\": %d, \"value\": [{\"guid\": \"%s\"}]}".formatted(DOCUMENTS, guid));

        ApiCaller.Reply reply = createContract(setup,
                "{\"id\": %d, \"value\": [{\"guid\": \"%s\"}]}".formatted(DOCUMENTS, guid));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).contains("Documents").contains("contract.pdf");
    }

    @Test
    void fileRejectsUnknownGuid() {
        Setup setup = setup();

        ApiCaller.Reply reply = createContract(setup,
                "{\"id\": %d, \"value\": [{\"guid\": \"8f803ee4-274b-4373-a2cd-d77aed9250cc\"}]}".formatted(DOCUMENTS));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).contains("Documents").contains("8f803ee4");
    }

    @Test
    void listsEndpointNestsChildren() {
        Setup setup = setup();

        JsonNode body = setup.writer().get("/api/v4/lists").json();

        assertThat(body.get("lists")).hasSize(1);
        JsonNode root = body.get("lists").get(0);
        assertThat(root.get("id").asLong()).isEqualTo(setup.fixture().bigClients.id());
        assertThat(root.get("name").asString()).isEqualTo(setup.fixture().bigClients.name());
        assertThat(root.get("children")).hasSize(1);
        assertThat(root.get("children").get(0).get("id").asLong()).isEqualTo(setup.fixture().urgent.id());
        assertThat(root.get("children").get(0).get("parent_id").asLong()).isEqualTo(setup.fixture().bigClients.id());
    }

    @Test
    void projectFieldReadsProjectsAndListIds() {
        Setup setup = setup();

        JsonNode task = createdContract(setup, "{\"id\": %d, \"value\": {\"list_ids\": [%d, %d]}}"
                .formatted(LISTS, setup.fixture().bigClients.id(), setup.fixture().urgent.id()));

        JsonNode projects = fieldValue(task, LISTS).get("projects");
        assertThat(projects).hasSize(2);
        assertThat(projects.get(0).get("id").asLong()).isEqualTo(setup.fixture().bigClients.id());
        assertThat(projects.get(0).get("name").asString()).isEqualTo(setup.fixture().bigClients.name());
        assertThat(ids(task.get("list_ids")))
                .containsExactly(setup.fixture().bigClients.id(), setup.fixture().urgent.id());
    }

    @Test
    void projectRejectsListOfAnotherOrganisation() {
        Setup setup = setup();
        TaskLists.TaskList foreign = lists.create(new TestOrganizations(jdbc).organization(), "Чужой", null);

        ApiCaller.Reply reply = createContract(setup, "{\"id\": %d, \"value\": {\"list_ids\": [%d]}}"
                .formatted(LISTS, foreign.id()));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error").asString()).contains("Lists").contains(String.valueOf(foreign.id()));
    }

    @Test
    void registerFiltersAndExportsLinks() {
        Setup setup = setup();
        LinkedFieldsFixture fixture = setup.fixture();
        String guid = upload(setup, "contract.pdf", "Договор");
        long full = createdContract(setup, ("{\"id\": %d, \"value\": {\"task_ids\": [%d]}},"
                + "{\"id\": %d, \"value\": [{\"guid\": \"%s\"}]},{\"id\": %d, \"value\": {\"list_ids\": [%d]}}")
                .formatted(CLIENT, fixture.visibleClientId, DOCUMENTS, guid, LISTS, fixture.urgent.id()))
                .get("id").asLong();
        long empty = createdContract(setup, "{\"id\": 1, \"value\": \"Пустой\"}").get("id").asLong();
        String register = "/api/v4/forms/" + fixture.contracts.id() + "/register?item_count=50";

        assertThat(registerIds(setup, register + "&fld" + CLIENT + "=" + fixture.visibleClientId)).containsExactly(full);
        assertThat(registerIds(setup, register + "&fld" + DOCUMENTS + "=*")).containsExactly(full);
        assertThat(registerIds(setup, register + "&fld" + LISTS + "=empty")).containsExactly(empty);
        assertThat(registerIds(setup, register + "&fld" + LISTS + "=" + fixture.urgent.id())).containsExactly(full);
        String csv = new String(setup.writer().download(register + "&format=csv").content(), StandardCharsets.UTF_8);
        assertThat(csv).contains(fixture.visibleClientSubject.replace("\"", "\"\"")).contains("contract.pdf")
                .contains(fixture.urgent.name());
    }

    private static List<Long> registerIds(Setup setup, String path) {
        ApiCaller.Reply reply = setup.writer().get(path);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return ids(reply.json().get("tasks"), "id");
    }

    private static List<Long> ids(JsonNode array) {
        List<Long> ids = new ArrayList<>();
        array.forEach(id -> ids.add(id.asLong()));
        return ids;
    }

    private static List<Long> ids(JsonNode array, String key) {
        List<Long> ids = new ArrayList<>();
        array.forEach(item -> ids.add(item.get(key).asLong()));
        return ids;
    }
}
