package io.potok.automation.internal.rules;

import java.util.ArrayList;
import java.util.List;

import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.AutomationDefinition;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.forms.RuleDefinition;
import io.potok.identity.CurrentMember;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A request form with a two-step route in a fresh organisation, whose rules each test writes in the stored
 * JSON shape.
 */
final class RuleFixture {

    static final int SUBJECT = 1;
    static final int DESCRIPTION = 2;
    static final int CATEGORY = 3;
    static final int TOTAL = 4;
    static final int HANDLER = 5;
    static final int NOTE = 6;
    static final int CLIENT = 7;
    static final int CRM = 1;
    static final int ACCOUNTING = 2;

    final JsonMapper json = JsonMapper.builder().build();
    final TestOrganizations people;
    final Forms forms;
    final Tasks tasks;
    final long org;
    final long author;
    final long firstApprover;
    final long secondApprover;
    Long catalogId;

    RuleFixture(TestOrganizations people, Forms forms, Tasks tasks) {
        this.people = people;
        this.forms = forms;
        this.tasks = tasks;
        this.org = people.organization();
        this.author = people.member(org, null);
        this.firstApprover = people.member(org, null);
        this.secondApprover = people.member(org, null);
    }

    long member() {
        return people.member(org, null);
    }

    CurrentMember signedIn(long memberId) {
        return TestOrganizations.signedIn(org, memberId, false);
    }

    /** Creates the form with the rules, each given as stored JSON. */
    Form form(String... rules) {
        Form form = forms.create(org, "Requests " + System.nanoTime(), definition(rules), null);
        forms.grant(org, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        return form;
    }

    /** Publishes the form again with other rules. */
    Form republish(Form form, String... rules) {
        return forms.publish(org, form.id(), definition(rules), null);
    }

    FormDefinition definition(String... rules) {
        List<RuleDefinition> parsed = new ArrayList<>();
        for (String rule : rules) {
            parsed.add(json.readValue(rule, RuleDefinition.class));
        }
        return new FormDefinition(fields(), route(), null, new AutomationDefinition(parsed, List.of(), List.of()));
    }

    TaskView create(JsonNode... fields) {
        return tasks.create(signedIn(author), NewTask.onForm(formIdOrFail(), List.of(fields)));
    }

    Long formId;

    private long formIdOrFail() {
        if (formId == null) {
            throw new IllegalStateException("Set formId before creating tasks");
        }
        return formId;
    }

    TaskView change(long taskId, JsonNode... fields) {
        return tasks.change(signedIn(author), taskId, TaskChange.fields(List.of(fields)));
    }

    TaskView view(long taskId) {
        return tasks.view(signedIn(author), taskId);
    }

    JsonNode field(int id, String valueJson) {
        return json.readTree("{\"id\": " + id + ", \"value\": " + valueJson + "}");
    }

    JsonNode text(int id, String value) {
        return field(id, json.writeValueAsString(value));
    }

    private RouteDefinition route() {
        return new RouteDefinition(List.of(
                new Step(1, "Review", null, List.of(new AssigneeRule(null, Assignees.anyOf(firstApprover))), null),
                new Step(2, "Work", null, List.of(new AssigneeRule(null, Assignees.anyOf(secondApprover))), null)));
    }

    private List<FieldDefinition> fields() {
        List<FieldDefinition> fields = new ArrayList<>(List.of(
                FieldDefinition.of(SUBJECT, "Subject", FieldType.TEXT),
                FieldDefinition.of(DESCRIPTION, "Description", FieldType.TEXT),
                FieldDefinition.of(CATEGORY, "Category", FieldType.MULTIPLE_CHOICE)
                        .withInfo(FieldSettings.choices(false, List.of(
                                new FieldSettings.ChoiceOption(CRM, "CRM"),
                                new FieldSettings.ChoiceOption(ACCOUNTING, "Accounting")))),
                FieldDefinition.of(TOTAL, "Total", FieldType.NUMBER),
                FieldDefinition.of(HANDLER, "Handler", FieldType.PERSON),
                FieldDefinition.of(NOTE, "Note", FieldType.TEXT)));
        if (catalogId != null) {
            fields.add(FieldDefinition.of(CLIENT, "Client", FieldType.CATALOG)
                    .withInfo(FieldSettings.catalog(catalogId)));
        }
        return fields;
    }
}
