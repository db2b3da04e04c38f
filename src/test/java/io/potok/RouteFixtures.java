package io.potok;

import java.util.List;
import java.util.UUID;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A repair request form in an organisation of its own, for route designer and route version tests: a
 * request kind (warranty or paid), a cost and an engineer, with members whose names tell them apart.
 */
public final class RouteFixtures {

    public static final int KIND = 1;
    public static final int COST = 2;
    public static final int ENGINEER = 3;
    public static final int NOTE = 4;
    public static final String WARRANTY = "1";
    public static final String PAID = "2";

    public final long org;
    private final JdbcClient jdbc;
    private final Forms forms;

    public RouteFixtures(JdbcClient jdbc, Forms forms) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.org = new TestOrganizations(jdbc).organization();
    }

    /** Creates a member with the given first name and a unique last name, and returns the id. */
    public long member(String firstName) {
        return jdbc.sql("""
                        insert into members (org_id, email, first_name, last_name)
                        values (:org, :email, :first, :last) returning id
                        """)
                .param("org", org)
                .param("email", UUID.randomUUID() + "@test.local")
                .param("first", firstName)
                .param("last", "Tester")
                .query(Long.class).single();
    }

    public CurrentMember signedIn(long memberId, boolean admin) {
        return TestOrganizations.signedIn(org, memberId, admin);
    }

    public static List<FieldDefinition> fields() {
        return List.of(
                FieldDefinition.of(KIND, "Kind", FieldType.MULTIPLE_CHOICE).withInfo(FieldSettings.choices(false,
                        List.of(new FieldSettings.ChoiceOption(1, "warranty"), new FieldSettings.ChoiceOption(2, "paid")))),
                FieldDefinition.of(COST, "Cost", FieldType.MONEY).withInfo(FieldSettings.decimals(2)),
                FieldDefinition.of(ENGINEER, "Engineer", FieldType.PERSON),
                FieldDefinition.of(NOTE, "Note", FieldType.TEXT));
    }

    /** Creates the form with the steps given, open to everyone in the organisation for creating tasks. */
    public Form form(Step... steps) {
        Form form = forms.create(org, "Repairs " + UUID.randomUUID(),
                new FormDefinition(fields(), new RouteDefinition(List.of(steps))), null);
        forms.grant(org, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        return form;
    }

    public static Step step(int number, String name, Condition condition, Assignees who) {
        return new Step(number, name, condition, List.of(new AssigneeRule(null, who)), null);
    }

    /** Returns the field updates of a repair of the kind with the cost and a note. */
    public static List<JsonNode> repair(String kind, String cost, String note) {
        ObjectNode kindUpdate = JsonNodeFactory.instance.objectNode().put("id", KIND);
        kindUpdate.putObject("value").putArray("choice_ids").add(Integer.parseInt(kind));
        return List.of(kindUpdate,
                JsonNodeFactory.instance.objectNode().put("id", COST).put("value", new java.math.BigDecimal(cost)),
                JsonNodeFactory.instance.objectNode().put("id", NOTE).put("value", note));
    }

    public static Condition paid() {
        return Condition.field(KIND, Condition.Operator.EQUALS, PAID);
    }
}
