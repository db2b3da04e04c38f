package io.potok.workflow;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalog.Header;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AccessLevel;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDefinitionInvalid;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A step assigned to the member named in a member column of the catalog item picked on the task: each
 * warehouse's request goes to that warehouse's manager.
 */
@PotokTest
@AutoConfigureMockMvc
class CatalogMemberRoutingTests {

    static final int WAREHOUSE = 1;
    static final String MANAGER_COLUMN = "Заведующий";

    @Autowired
    Catalogs catalogs;

    @Autowired
    Forms forms;

    @Autowired
    Tasks tasks;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MockMvc mvc;

    @Autowired
    JsonMapper json;

    RouteFixtures fixtures;
    long moscowManager;
    long petersburgManager;
    long fallback;
    Catalog warehouses;
    CurrentMember author;

    @BeforeEach
    void warehousesWithManagers() {
        fixtures = new RouteFixtures(jdbc, forms);
        moscowManager = fixtures.member("Ivan");
        petersburgManager = fixtures.member("Pyotr");
        fallback = fixtures.member("Olga");
        author = fixtures.signedIn(fixtures.member("Boris"), false);
        warehouses = catalogs.create(fixtures.org, "Склады " + UUID.randomUUID(),
                List.of(new Header("Склад", "text"), new Header(MANAGER_COLUMN, "member")),
                List.of(List.of("Москва", email(moscowManager).toUpperCase()),
                        List.of("Санкт-Петербург", email(petersburgManager)),
                        List.of("Новосибирск", "")));
    }

    @Test
    void assignsPickedWarehouseManager() {
        Form form = requestForm(Assignees.catalogMember(WAREHOUSE, MANAGER_COLUMN));

        TaskView moscow = tasks.create(author, NewTask.onForm(form.id(), warehouse("Москва")));
        TaskView petersburg = tasks.create(author, NewTask.onForm(form.id(), warehouse("Санкт-Петербург")));

        assertThat(waitingOn(moscow)).containsExactly(moscowManager);
        assertThat(waitingOn(petersburg)).containsExactly(petersburgManager);
    }

    @Test
    void fallsThroughWhenItemNamesNobody() {
        Form form = requestForm(Assignees.catalogMember(WAREHOUSE, MANAGER_COLUMN), Assignees.anyOf(fallback));

        TaskView novosibirsk = tasks.create(author, NewTask.onForm(form.id(), warehouse("Новосибирск")));

        assertThat(waitingOn(novosibirsk)).containsExactly(fallback);
    }

    @Test
    void rejectsNonMemberColumn() {
        FormDefinition definition = definition(Assignees.catalogMember(WAREHOUSE, "Склад"));

        FormDefinitionInvalid rejected = catchThrowableOfType(FormDefinitionInvalid.class,
                () -> forms.create(fixtures.org, "Заявки на склад", definition, null));

        assertThat(rejected).isNotNull();
        assertThat(rejected.problems()).contains(DefinitionProblem.of("catalog_member_column_invalid", "1",
                "Приёмка", "Склад", "Склад"));
    }

    @Test
    void rejectsNonCatalogField() {
        FormDefinition definition = definition(Assignees.catalogMember(RouteFixtures.NOTE, MANAGER_COLUMN));

        FormDefinitionInvalid rejected = catchThrowableOfType(FormDefinitionInvalid.class,
                () -> forms.create(fixtures.org, "Заявки на склад", definition, null));

        assertThat(rejected).isNotNull();
        assertThat(rejected.problems()).contains(DefinitionProblem.of("catalog_member_field_invalid", "1",
                "Приёмка", String.valueOf(RouteFixtures.NOTE)));
    }

    @Test
    void designerTestsCatalogMemberRoute() throws Exception {
        Form form = requestForm(Assignees.catalogMember(WAREHOUSE, MANAGER_COLUMN));
        CurrentMember admin = fixtures.signedIn(fixtures.member("Alla"), true);
        long petersburg = catalogs.itemByKey(fixtures.org, warehouses.id(), "Санкт-Петербург").orElseThrow().id();

        String page = mvc.perform(get("/forms/" + form.id() + "/design/route").with(signedInAs(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String body = mvc.perform(post("/forms/" + form.id() + "/design/route/test").with(signedInAs(admin))
                        .with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"fields\": [{\"id\": 1, \"value\": {\"item_id\": %d}}]}".formatted(petersburg)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("memberColumns").contains(MANAGER_COLUMN).contains("catalog_member");
        JsonNode step = json.readTree(body).get("steps").get(0);
        assertThat(step.get("outcome").asString()).isEqualTo("taken");
        assertThat(step.get("assignees").get(0).asString()).isEqualTo("Pyotr Tester");
    }

    private Form requestForm(Assignees... rules) {
        Form form = forms.create(fixtures.org, "Заявки на склад " + UUID.randomUUID(), definition(rules), null);
        forms.grant(fixtures.org, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        return form;
    }

    private FormDefinition definition(Assignees... rules) {
        List<AssigneeRule> assignees = java.util.Arrays.stream(rules).map(who -> new AssigneeRule(null, who)).toList();
        List<FieldDefinition> fields = List.of(
                FieldDefinition.of(WAREHOUSE, "Склад", FieldType.CATALOG)
                        .withInfo(FieldSettings.catalog(warehouses.id())),
                FieldDefinition.of(RouteFixtures.NOTE, "Комментарий", FieldType.TEXT));
        return new FormDefinition(fields, new RouteDefinition(List.of(new Step(1, "Приёмка", null, assignees, null))));
    }

    private List<JsonNode> warehouse(String name) {
        long itemId = catalogs.itemByKey(fixtures.org, warehouses.id(), name).orElseThrow().id();
        ObjectNode update = JsonNodeFactory.instance.objectNode().put("id", WAREHOUSE);
        update.putObject("value").put("item_id", itemId);
        return List.of(update);
    }

    private String email(long memberId) {
        return members.find(fixtures.org, memberId).orElseThrow().email();
    }

    private static Set<Long> waitingOn(TaskView task) {
        return task.steps().stream().filter(TaskView.StepView::current)
                .flatMap(step -> step.approvals().stream())
                .filter(approval -> "waiting".equals(approval.choice()))
                .map(TaskView.ApprovalView::memberId)
                .collect(Collectors.toSet());
    }
}
