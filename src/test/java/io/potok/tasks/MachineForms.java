package io.potok.tasks;

import java.util.List;

import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.Condition;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.identity.CurrentMember;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An organisation with a machine service form whose fields use every per-field behaviour. It has a unique
 * sticker number in the subject and a kind (read-only from step 1) whose "Repair" option carries a required
 * fault field. It also has a priority with a default, an escalation reason shown and required only for high
 * priority, and a quantity with a default.
 */
public final class MachineForms {

    public static final int STICKER = 1;
    public static final int KIND = 2;
    public static final int FAULT = 21;
    public static final int PRIORITY = 3;
    public static final int ESCALATION = 4;
    public static final int QUANTITY = 5;
    public static final int REPAIR = 1;
    public static final int SALE = 2;
    public static final int HIGH = 1;
    public static final int NORMAL = 2;

    public final long orgId;
    public final long authorId;
    public final long technicianId;
    public final Form form;

    public MachineForms(TestOrganizations people, Forms forms) {
        orgId = people.organization();
        authorId = people.member(orgId, null);
        technicianId = people.member(orgId, null);
        form = forms.create(orgId, "Machines " + System.nanoTime(), definition(technicianId), null);
        forms.grant(orgId, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
    }

    public CurrentMember author() {
        return TestOrganizations.signedIn(orgId, authorId, false);
    }

    public static FormDefinition definition(long technicianId) {
        FieldDefinition fault = FieldDefinition.of(FAULT, "Fault", FieldType.TEXT).requiredFrom(0)
                .withDescription("What the client says is wrong");
        FieldDefinition kind = FieldDefinition.of(KIND, "Kind", FieldType.MULTIPLE_CHOICE)
                .withInfo(FieldSettings.choices(false, List.of(new ChoiceOption(REPAIR, "Repair", List.of(fault)),
                        new ChoiceOption(SALE, "Sale"))))
                .asPartOfSubject()
                .readOnlyFrom(1);
        FieldDefinition priority = FieldDefinition.of(PRIORITY, "Priority", FieldType.MULTIPLE_CHOICE)
                .withInfo(FieldSettings.choices(false, List.of(new ChoiceOption(HIGH, "High"),
                        new ChoiceOption(NORMAL, "Normal"))))
                .withDefault(choice(NORMAL));
        List<FieldDefinition> fields = List.of(
                FieldDefinition.of(STICKER, "Sticker number", FieldType.TEXT).asUnique().asPartOfSubject()
                        .withDescription("The number on the machine's sticker"),
                kind,
                priority,
                FieldDefinition.of(ESCALATION, "Escalation reason", FieldType.TEXT).requiredFrom(0)
                        .shownWhen(Condition.field(PRIORITY, Condition.Operator.EQUALS, String.valueOf(HIGH))),
                FieldDefinition.of(QUANTITY, "Quantity", FieldType.NUMBER)
                        .withDefault(JsonNodeFactory.instance.numberNode(1)));
        RouteDefinition route = new RouteDefinition(List.of(new RouteDefinition.Step(1, "Service", null,
                List.of(new AssigneeRule(null, Assignees.anyOf(technicianId))), null)));
        return new FormDefinition(fields, route);
    }

    public static ObjectNode choice(int optionId) {
        ObjectNode value = JsonNodeFactory.instance.objectNode();
        value.putArray("choice_ids").add(optionId);
        return value;
    }

    public static JsonNode update(int fieldId, Object value) {
        ObjectNode update = JsonNodeFactory.instance.objectNode();
        update.put("id", fieldId);
        if (value == null) {
            update.putNull("value");
        } else if (value instanceof JsonNode node) {
            update.set("value", node);
        } else {
            update.put("value", value.toString());
        }
        return update;
    }
}
