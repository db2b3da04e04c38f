package io.potok.tasks;

import java.util.List;

import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.Condition;
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
import io.potok.identity.CurrentMember;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A small order form of its own organisation for each test: a client name, a client type, a total, a
 * delivery note that some tests require, a handler, and an agreed price that is fixed from step 2 on.
 */
final class OrderFixtures {

    static final int CLIENT = 1;
    static final int CLIENT_TYPE = 2;
    static final int TOTAL = 3;
    static final int DELIVERY_NOTE = 4;
    static final int HANDLER = 5;
    static final int AGREED_PRICE = 6;
    static final String MARKETPLACE = "1";
    static final String RETAIL = "2";

    final TestOrganizations people;
    final Forms forms;
    final JsonMapper json = JsonMapper.builder().build();
    final long org;

    OrderFixtures(TestOrganizations people, Forms forms) {
        this.people = people;
        this.forms = forms;
        this.org = people.organization();
    }

    long member() {
        return people.member(org, null);
    }

    CurrentMember signedIn(long memberId) {
        return TestOrganizations.signedIn(org, memberId, false);
    }

    /** Creates the order form with the steps given, open to everyone in the organisation for creating tasks. */
    Form form(Step... steps) {
        return formRequiringNoteFrom(null, steps);
    }

    /** Creates the order form whose delivery note is required from the given step on. */
    Form formRequiringNoteFrom(Integer step, Step... steps) {
        Form form = forms.create(org, "Orders " + System.nanoTime(),
                new FormDefinition(fields(step), new RouteDefinition(List.of(steps))), null);
        forms.grant(org, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        return form;
    }

    static Step step(int number, Condition condition, Assignees who) {
        return new Step(number, "Step " + number, condition, List.of(new AssigneeRule(null, who)), null);
    }

    static Step rejectingTo(int number, Integer rejectToStep, Assignees who) {
        return new Step(number, "Step " + number, null, List.of(new AssigneeRule(null, who)), rejectToStep);
    }

    JsonNode field(int id, String valueJson) {
        return json.readTree("{\"id\": " + id + ", \"value\": " + valueJson + "}");
    }

    JsonNode clientType(String choiceId) {
        return field(CLIENT_TYPE, "{\"choice_ids\": [" + choiceId + "]}");
    }

    JsonNode client(String name) {
        return field(CLIENT, "\"" + name + "\"");
    }

    JsonNode total(String amount) {
        return field(TOTAL, amount);
    }

    private static List<FieldDefinition> fields(Integer noteRequiredFrom) {
        FieldDefinition note = FieldDefinition.of(DELIVERY_NOTE, "Delivery note", FieldType.TEXT);
        return List.of(
                FieldDefinition.of(CLIENT, "Client", FieldType.TEXT),
                FieldDefinition.of(CLIENT_TYPE, "Client type", FieldType.MULTIPLE_CHOICE)
                        .withInfo(FieldSettings.choices(false, List.of(
                                new FieldSettings.ChoiceOption(1, "Marketplace"),
                                new FieldSettings.ChoiceOption(2, "Retail")))),
                FieldDefinition.of(TOTAL, "Total", FieldType.MONEY).withInfo(FieldSettings.decimals(2)),
                noteRequiredFrom == null ? note : note.requiredFrom(noteRequiredFrom),
                FieldDefinition.of(HANDLER, "Handler", FieldType.PERSON),
                new FieldDefinition(AGREED_PRICE, "Agreed price", null, FieldType.NUMBER, null, 2,
                        FieldSettings.NONE, List.of()));
    }
}
