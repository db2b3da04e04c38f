package io.potok.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AutomationDefinition;
import io.potok.forms.Condition;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RuleDefinition;
import io.potok.forms.ScheduleDefinition;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.identity.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * A process file carries the form's rules, schedules and webhook subscriptions, with the people, roles, forms
 * and catalogs they name written as names and emails.
 */
@PotokTest
class AutomationFileTests {

    @Autowired
    ProcessFiles files;

    @Autowired
    Forms forms;

    @Autowired
    Catalogs catalogs;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    @Test
    void importResolvesAutomationReferences() {
        CurrentMember admin = new ProcessFixtures(jdbc, members).freshAdmin();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Form invoices = files.create(admin, yaml(invoicesDocument(suffix)));

        Form repair = files.create(admin, yaml(repairWithAutomation(suffix, admin.email())));

        AutomationDefinition automation = repair.definition().automation();
        Role masters = members.roles(admin.orgId()).stream()
                .filter(role -> role.name().equals("Мастера " + suffix)).findFirst().orElseThrow();
        Catalog clients = catalogs.list(admin.orgId()).stream()
                .filter(catalog -> catalog.name().equals("Клиенты " + suffix)).findFirst().orElseThrow();
        RuleDefinition rule = automation.rule("urgent").orElseThrow();
        assertThat(rule.condition()).isEqualTo(
                Condition.field(3, Condition.Operator.EQUALS, String.valueOf(admin.memberId())));
        assertThat(rule.actions().get(0).assignees()).isEqualTo(RouteDefinition.Assignees.role(masters.id()));
        assertThat(rule.actions().get(1).formId()).isEqualTo(invoices.id());
        ScheduleDefinition calls = automation.schedule("calls").orElseThrow();
        assertThat(calls.cadence().catalogId()).isEqualTo(clients.id());
        assertThat(automation.schedule("monthly").orElseThrow().responsible())
                .isEqualTo(RouteDefinition.Assignees.anyOf(admin.memberId()));
        assertThat(automation.webhook("erp").orElseThrow().url()).isEqualTo("http://127.0.0.1:9/hooks");
    }

    @Test
    void exportWritesNamesAndReadsBackTheSame() {
        CurrentMember admin = new ProcessFixtures(jdbc, members).freshAdmin();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        files.create(admin, yaml(invoicesDocument(suffix)));
        Form repair = files.create(admin, yaml(repairWithAutomation(suffix, admin.email())));

        ProcessDocument exported = files.export(admin, repair.id(), false);
        String text = files.write(exported, ProcessFormat.YAML, Locale.forLanguageTag("ru"));

        JsonNode rule = exported.definition().path("automation").path("rules").get(0);
        assertThat(rule.path("condition").path("values").get(0).asString()).isEqualTo(admin.email());
        assertThat(rule.path("actions").get(0).path("assignees").path("role").asString())
                .isEqualTo("Мастера " + suffix);
        assertThat(rule.path("actions").get(1).path("form").asString()).isEqualTo("Счета " + suffix);
        assertThat(exported.definition().path("automation").path("schedules").get(1).path("cadence")
                .path("catalog").asString()).isEqualTo("Клиенты " + suffix);
        assertThat(text).doesNotContain("formId", "catalogId", "roleId");
        assertThat(files.read(text, ProcessFormat.YAML).definition()).isEqualTo(exported.definition());
    }

    @Test
    void previewPlansRoleAndReportsForm() {
        CurrentMember admin = new ProcessFixtures(jdbc, members).freshAdmin();
        String suffix = UUID.randomUUID().toString().substring(0, 8);

        ImportPlan plan = files.preview(admin, yaml(repairWithAutomation(suffix, admin.email())));

        assertThat(plan.problems()).containsExactly(
                ImportProblem.of("linked_form_not_found", "Счета " + suffix, "Срочный ремонт"));
        assertThat(plan.roles()).contains(new ImportPlan.Action("Мастера " + suffix, true, 0));
    }

    private ProcessDocument yaml(String text) {
        return files.read(text, ProcessFormat.YAML);
    }

    private static String invoicesDocument(String suffix) {
        return """
                formatVersion: 1
                name: Счета %1$s
                definition:
                  fields:
                    - {id: 1, name: Описание, type: text}
                """.formatted(suffix);
    }

    private static String repairWithAutomation(String suffix, String email) {
        return """
                formatVersion: 1
                name: Ремонт %1$s
                definition:
                  fields:
                    - {id: 1, name: Клиент, type: catalog, info: {catalog: Клиенты %1$s}}
                    - {id: 2, name: Неисправность, type: text}
                    - {id: 3, name: Мастер, type: person}
                  automation:
                    rules:
                      - id: urgent
                        name: Срочный ремонт
                        enabled: true
                        trigger: {kind: task_created}
                        condition: {kind: field, fieldId: 3, operator: equals, values: ["%2$s"]}
                        actions:
                          - {kind: assign, assignees: {kind: role, role: Мастера %1$s}}
                          - kind: create_task
                            form: Счета %1$s
                            mapping: [{sourceFieldId: 2, targetFieldId: 1}]
                          - {kind: comment, template: "Неисправность: {Неисправность}"}
                    schedules:
                      - id: monthly
                        name: Ежемесячный осмотр
                        enabled: true
                        kind: recurring
                        recurrence: {frequency: monthly, start: 2027-01-31, time: "09:00"}
                        fields: [{id: 2, value: Осмотр}]
                        responsible: {kind: members, members: ["%2$s"]}
                      - id: calls
                        name: Звонки клиентам
                        enabled: true
                        kind: per_record
                        cadence: {catalog: Клиенты %1$s, cadenceColumn: Периодичность, managerColumn: Менеджер,
                                  itemFieldId: 1, time: "10:00"}
                    webhooks:
                      - {id: erp, name: ERP, enabled: true, url: "http://127.0.0.1:9/hooks", events: [created, closed]}
                catalogs:
                  - name: Клиенты %1$s
                    headers:
                      - {name: Клиент, type: text}
                      - {name: Периодичность, type: text}
                      - {name: Менеджер, type: member}
                """.formatted(suffix, email);
    }
}
