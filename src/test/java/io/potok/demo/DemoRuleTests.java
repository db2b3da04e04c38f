package io.potok.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.potok.PotokTest;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
class DemoRuleTests {

    @Autowired
    Tasks tasks;

    @Autowired
    Forms forms;

    @Autowired
    Members members;

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    final JsonMapper json = JsonMapper.builder().build();

    private long demoOrg() {
        return jdbc.sql("select id from organizations where is_demo order by id limit 1").query(Long.class).single();
    }

    private Member member(String localPart) {
        return members.findByEmail(demoOrg(), DemoWorkspace.email(localPart)).orElseThrow();
    }

    private CurrentMember signedIn(String localPart) {
        Member member = member(localPart);
        return new CurrentMember(member.id(), member.orgId(), member.email(), member.displayName(), member.admin(),
                Locale.forLanguageTag("ru"), ZoneId.of(DemoWorkspace.TIME_ZONE));
    }

    private Form form(String name) {
        return forms.list(demoOrg()).stream().filter(form -> form.name().equals(name)).findFirst().orElseThrow();
    }

    private TaskView itRequest(String subject, String description) {
        List<JsonNode> fields = List.of(
                json.readTree("{\"id\": %d, \"value\": %s}".formatted(DemoWorkspace.IT_SUBJECT,
                        json.writeValueAsString(subject))),
                json.readTree("{\"id\": %d, \"value\": %s}".formatted(DemoWorkspace.IT_DESCRIPTION,
                        json.writeValueAsString(description))));
        TaskView created = tasks.create(signedIn("retail2"), NewTask.onForm(form(DemoWorkspace.IT_REQUEST_FORM).id(), fields));
        return tasks.view(signedIn("retail2"), created.id());
    }

    private static int category(TaskView task) {
        for (JsonNode field : task.fields()) {
            if (field.path("id").asInt() == DemoWorkspace.IT_CATEGORY) {
                return field.path("value").path("choice_ids").path(0).asInt(0);
            }
        }
        return 0;
    }

    private static List<Long> waiting(TaskView task) {
        return task.steps().stream().filter(TaskView.StepView::current)
                .flatMap(step -> step.approvals().stream())
                .filter(approval -> approval.choice().equals("waiting"))
                .map(TaskView.ApprovalView::memberId).toList();
    }

    @Test
    void oneCRequestGoesToAccountingSystemsTeam() {
        TaskView request = itRequest("Не запускается 1С", "После обновления выдаёт ошибку");

        assertThat(category(request)).isEqualTo(DemoWorkspace.IT_CATEGORY_ACCOUNTING);
        assertThat(request.responsibleId()).isEqualTo(member("it3").id());
        assertThat(waiting(request)).containsExactly(member("it3").id());
    }

    @Test
    void keywordInDescriptionSetsHardware() {
        TaskView request = itRequest("Не могу распечатать", "Принтер на втором этаже замял бумагу");

        assertThat(category(request)).isEqualTo(DemoWorkspace.IT_CATEGORY_HARDWARE);
        assertThat(request.responsibleId()).isEqualTo(member("it1").id());
    }

    @Test
    void chosenCategoryIsKeptAndRouted() {
        Form itForm = form(DemoWorkspace.IT_REQUEST_FORM);
        List<JsonNode> fields = List.of(
                json.readTree("{\"id\": %d, \"value\": \"Отчёт в 1С по маркетплейсу\"}".formatted(DemoWorkspace.IT_SUBJECT)),
                json.readTree("{\"id\": %d, \"value\": {\"choice_ids\": [%d]}}".formatted(DemoWorkspace.IT_CATEGORY,
                        DemoWorkspace.IT_CATEGORY_CRM)));

        TaskView request = tasks.create(signedIn("retail2"), NewTask.onForm(itForm.id(), fields));

        assertThat(category(request)).isEqualTo(DemoWorkspace.IT_CATEGORY_CRM);
        assertThat(request.responsibleId()).isEqualTo(member("it2").id());
    }

    @Test
    void marketplaceOrderGoesToMarketplaceManagerAndAccounting() {
        Form orders = form(DemoWorkspace.ORDERS_FORM);
        Catalog clients = catalogs.list(demoOrg()).stream()
                .filter(catalog -> catalog.name().equals(DemoWorkspace.CLIENTS_CATALOG)).findFirst().orElseThrow();
        int typeColumn = clients.columnIndex("Тип");
        CatalogItem client = catalogs.items(demoOrg(), clients.id(), false).stream()
                .filter(item -> item.values().get(typeColumn).equals("Маркетплейс")).findFirst().orElseThrow();
        List<JsonNode> fields = List.of(
                json.readTree("{\"code\": \"client\", \"value\": {\"item_id\": %d}}".formatted(client.id())),
                json.readTree("{\"id\": %d, \"value\": {\"choice_ids\": [%d]}}".formatted(DemoWorkspace.CLIENT_TYPE,
                        DemoWorkspace.CLIENT_TYPE_MARKETPLACE)),
                json.readTree("{\"id\": %d, \"value\": {\"choice_ids\": [%d]}}".formatted(DemoWorkspace.REGION,
                        DemoWorkspace.REGION_MOSCOW)));

        TaskView order = tasks.create(signedIn("retail1"), NewTask.onForm(orders.id(), fields));
        TaskView after = tasks.view(signedIn("retail1"), order.id());

        List<Long> marketplaceManagers = List.of(member("marketplace1").id(), member("marketplace2").id(),
                member("marketplace3").id());
        assertThat(after.currentStep()).isEqualTo(DemoWorkspace.STEP_MANAGER);
        assertThat(after.responsibleId()).isIn(marketplaceManagers);
        assertThat(waiting(after)).containsExactly(after.responsibleId());
        assertThat(after.subscriberIds()).contains(member(DemoWorkspace.ACCOUNTANT_LOCAL_PART).id());
        assertThat(after.comments()).extracting(TaskView.CommentView::text)
                .anyMatch(text -> text != null && text.contains("нужны закрывающие документы"));
        assertThat(after.steps()).filteredOn(TaskView.StepView::current).singleElement()
                .satisfies(step -> assertThat(step.approvals()).extracting(TaskView.ApprovalView::memberId,
                        TaskView.ApprovalView::choice).contains(tuple(after.responsibleId(), "waiting")));
    }
}
