package io.potok.api;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.identity.CurrentMember;
import io.potok.registry.ColumnRef;
import io.potok.registry.FilterOperator;
import io.potok.registry.Registry;
import io.potok.registry.RegistryColumn;
import io.potok.registry.RegistryFilter;
import io.potok.registry.RegistryQuery;
import io.potok.registry.RegistryRow;
import io.potok.registry.RegistrySort;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import tools.jackson.databind.JsonNode;

/**
 * A task filed on version 1 of a form, after version 2 removed one of its fields and added a required one.
 * The task keeps version 1, so its page and API show every value it had; the registry keeps the removed
 * field as an archived column.
 */
@PotokTest
@AutoConfigureMockMvc
class OldVersionTasksTests {

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Registry registry;

    @Autowired
    MockMvc mvc;

    private static final int CLIENT = 1;
    private static final int SERIAL = 2;
    private static final int ADDRESS = 3;

    private record Setup(long org, ApiCaller author, ApiCaller approver, Form form, long oldTask, long newTask) {

        CurrentMember viewer(Locale locale) {
            return new CurrentMember(approver.memberId, org, approver.email, "Иван Петров", true, locale,
                    ZoneId.of("Europe/Moscow"));
        }
    }

    private Setup setup() {
        TestOrganizations people = new TestOrganizations(jdbc);
        long org = people.organization();
        ApiCaller author = ApiCaller.create(jdbc, port, org, null, false);
        ApiCaller approver = ApiCaller.create(jdbc, port, org, null, true);
        Step check = new Step(1, "Проверка", null, List.of(new AssigneeRule(null, Assignees.anyOf(approver.memberId))),
                null);
        FormDefinition first = new FormDefinition(List.of(FieldDefinition.of(CLIENT, "Клиент", FieldType.TEXT),
                FieldDefinition.of(SERIAL, "Серийный номер", FieldType.TEXT)), new RouteDefinition(List.of(check)));
        Form form = forms.create(org, "Ремонт " + System.nanoTime(), first, approver.memberId);
        forms.grant(org, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        long oldTask = create(author, form, "{\"id\": 1, \"value\": \"Ромашка\"}, {\"id\": 2, \"value\": \"SN-1\"}");

        FormDefinition second = new FormDefinition(List.of(FieldDefinition.of(CLIENT, "Клиент", FieldType.TEXT),
                FieldDefinition.of(ADDRESS, "Адрес", FieldType.TEXT).requiredFrom(0)), first.route());
        forms.publish(org, form.id(), second, approver.memberId);
        long newTask = create(author, form, "{\"id\": 1, \"value\": \"Лютик\"}, {\"id\": 3, \"value\": \"Тверская, 1\"}");
        return new Setup(org, author, approver, form, oldTask, newTask);
    }

    private static long create(ApiCaller caller, Form form, String fields) {
        ApiCaller.Reply reply = caller.post("/api/v4/tasks",
                "{\"form_id\": %d, \"fields\": [%s]}".formatted(form.id(), fields));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("task").get("id").asLong();
    }

    private static JsonNode field(JsonNode task, int id) {
        for (JsonNode field : task.get("fields")) {
            if (field.get("id").asInt() == id) {
                return field;
            }
        }
        return null;
    }

    @Test
    void oldTaskShowsAllItsValues() throws Exception {
        Setup setup = setup();

        JsonNode task = setup.author().get("/api/v4/tasks/" + setup.oldTask()).json().get("task");
        String html = mvc.perform(get("/tasks/" + setup.oldTask()).with(signedInAs(setup.viewer(Locale.forLanguageTag("ru")))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(field(task, SERIAL).get("value").asString()).isEqualTo("SN-1");
        assertThat(field(task, SERIAL).get("name").asString()).isEqualTo("Серийный номер");
        assertThat(field(task, CLIENT).get("value").asString()).isEqualTo("Ромашка");
        assertThat(field(task, ADDRESS)).as("the old task's version has no address field").isNull();
        assertThat(html).contains("Серийный номер").contains("SN-1").contains("Ромашка").doesNotContain("Адрес");
    }

    @Test
    void oldTaskFinishesItsRoute() {
        Setup setup = setup();

        ApiCaller.Reply approved = setup.approver().post("/api/v4/tasks/" + setup.oldTask() + "/comments",
                "{\"approval_choice\": \"approved\"}");

        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(approved.json().get("task").get("is_closed").asBoolean()).isTrue();
        assertThat(field(approved.json().get("task"), SERIAL).get("value").asString()).isEqualTo("SN-1");
    }

    @Test
    void registryFiltersAndSortsByArchivedField() {
        Setup setup = setup();
        CurrentMember viewer = setup.viewer(Locale.forLanguageTag("ru"));

        List<RegistryColumn> columns = registry.columns(setup.org(), setup.form().id());
        List<RegistryRow> found = registry.query(viewer, RegistryQuery.of(setup.form().id())
                .where(RegistryFilter.field(SERIAL, FilterOperator.EQUALS, "SN-1"))).rows();
        List<RegistryRow> sorted = registry.query(viewer, RegistryQuery.of(setup.form().id())
                .sortedBy(RegistrySort.ascending(ColumnRef.field(SERIAL)))).rows();

        assertThat(columns).extracting(RegistryColumn::fieldId).containsExactly(CLIENT, ADDRESS, SERIAL);
        assertThat(columns).extracting(RegistryColumn::archived).containsExactly(false, false, true);
        assertThat(found).extracting(RegistryRow::taskId).containsExactly(setup.oldTask());
        assertThat(found.get(0).values().get(SERIAL)).isEqualTo("SN-1");
        assertThat(sorted).extracting(RegistryRow::taskId).containsExactly(setup.oldTask(), setup.newTask());
    }

    @Test
    void registerApiMarksArchivedField() {
        Setup setup = setup();

        JsonNode register = setup.approver().get("/api/v4/forms/" + setup.form().id() + "/register?fld2=SN-1").json();

        assertThat(register.get("tasks")).hasSize(1);
        JsonNode task = register.get("tasks").get(0);
        assertThat(task.get("id").asLong()).isEqualTo(setup.oldTask());
        assertThat(field(task, SERIAL).get("archived").asBoolean()).isTrue();
        assertThat(field(task, SERIAL).get("value").asString()).isEqualTo("SN-1");
        assertThat(field(task, CLIENT).has("archived")).isFalse();
    }

    @Test
    void csvExportMarksArchivedHeaderAndKeepsValue() throws Exception {
        Setup setup = setup();

        MvcResult started = mvc.perform(get("/forms/" + setup.form().id() + "/registry/export.csv")
                        .param("ff", String.valueOf(SERIAL)).param("fo", "equals").param("fv", "SN-1")
                        .with(signedInAs(setup.viewer(Locale.forLanguageTag("ru")))))
                .andReturn();
        String csv = mvc.perform(asyncDispatch(started)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);

        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).endsWith("\"Клиент\";\"Адрес\";\"Серийный номер (архив)\"");
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith("\"" + setup.oldTask() + "\"").endsWith("\"Ромашка\";\"\";\"SN-1\"");
    }

    @Test
    void xlsxExportMarksArchivedHeaderInEnglish() throws Exception {
        Setup setup = setup();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        registry.exportXlsx(setup.viewer(Locale.ENGLISH), RegistryQuery.of(setup.form().id())
                .sortedBy(RegistrySort.ascending(ColumnRef.TASK_ID)), out);

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Row header = workbook.getSheetAt(0).getRow(0);
            List<String> names = new ArrayList<>();
            header.forEach(cell -> names.add(cell.getStringCellValue()));
            assertThat(names.subList(names.size() - 3, names.size()))
                    .containsExactly("Клиент", "Адрес", "Серийный номер (archived)");
            assertThat(workbook.getSheetAt(0).getRow(1).getCell(names.size() - 1).getStringCellValue())
                    .isEqualTo("SN-1");
        }
    }

    @Test
    void registryPageGroupsArchivedColumns() throws Exception {
        Setup setup = setup();

        String html = mvc.perform(get("/forms/" + setup.form().id() + "/registry")
                        .param("ff", String.valueOf(SERIAL)).param("fo", "starts_with").param("fv", "SN")
                        .with(signedInAs(setup.viewer(Locale.forLanguageTag("ru")))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"archived-group\"").contains("Архивные поля").contains("id=\"archived-columns\"");
        assertThat(html).contains("<optgroup label=\"Архивные поля\">");
        assertThat(html).contains("data-task=\"" + setup.oldTask() + "\"")
                .doesNotContain("data-task=\"" + setup.newTask() + "\"");
        assertThat(html.indexOf("id=\"sort-" + SERIAL + "\"")).isGreaterThan(html.indexOf("id=\"sort-" + ADDRESS + "\""));
    }
}
