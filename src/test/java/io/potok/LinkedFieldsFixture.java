package io.potok;

import java.util.List;
import java.util.UUID;

import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.identity.CurrentMember;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskLists;
import io.potok.tasks.Tasks;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A Clients form with tasks, a Contracts form whose fields link a client, keep documents and put the
 * contract in task lists, and an unrelated form, in an organisation of its own. The writer may use every
 * form and can see one client task. Another member created a client task that the writer cannot see.
 */
public final class LinkedFieldsFixture {

    public static final int TITLE = 1;
    public static final int CLIENT = 2;
    public static final int DOCUMENTS = 3;
    public static final int LISTS = 4;

    public final long orgId;
    public final Form clients;
    public final Form contracts;
    public final Form other;
    public final CurrentMember writer;
    public final long visibleClientId;
    public final String visibleClientSubject;
    public final long hiddenClientId;
    public final long otherFormTaskId;
    public final TaskLists.TaskList bigClients;
    public final TaskLists.TaskList urgent;

    /**
     * @param writerId a member of the organisation who fills in contracts
     * @param otherMemberId another member of the organisation, who creates the client the writer may not see
     */
    public LinkedFieldsFixture(long orgId, long writerId, long otherMemberId, Forms forms, Tasks tasks,
                               TaskLists lists) {
        this.orgId = orgId;
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        clients = forms.create(orgId, "Clients " + suffix, new FormDefinition(List.of(
                FieldDefinition.of(1, "Name", FieldType.TEXT)), RouteDefinition.NONE), null);
        other = forms.create(orgId, "Other " + suffix, new FormDefinition(List.of(
                FieldDefinition.of(1, "Name", FieldType.TEXT)), RouteDefinition.NONE), null);
        contracts = forms.create(orgId, "Contracts " + suffix, contractDefinition(clients.id(), approval(otherMemberId)),
                null);
        for (Form form : List.of(clients, other, contracts)) {
            forms.grant(orgId, form.id(), FormGrant.member(writerId, AccessLevel.MEMBER));
            forms.grant(orgId, form.id(), FormGrant.member(otherMemberId, AccessLevel.MEMBER));
        }
        writer = TestOrganizations.signedIn(orgId, writerId, false);
        CurrentMember otherMember = TestOrganizations.signedIn(orgId, otherMemberId, false);

        visibleClientId = tasks.create(writer, NewTask.onForm(clients.id(), List.of(text(1, "Кофейня <b>Зерно</b>")))).id();
        visibleClientSubject = tasks.view(writer, visibleClientId).subject();
        hiddenClientId = tasks.create(otherMember, NewTask.onForm(clients.id(), List.of(text(1, "Скрытый клиент")))).id();
        otherFormTaskId = tasks.create(writer, NewTask.onForm(other.id(), List.of(text(1, "Не клиент")))).id();
        bigClients = lists.create(orgId, "Крупные клиенты " + suffix, null);
        urgent = lists.create(orgId, "Срочно " + suffix, bigClients.id());
    }

    /** Returns a one-step route approved by the member, so contracts stay open and editable after creation. */
    public static RouteDefinition approval(long approverId) {
        return new RouteDefinition(List.of(new RouteDefinition.Step(1, "Approval", null,
                List.of(new RouteDefinition.AssigneeRule(null, RouteDefinition.Assignees.anyOf(approverId))), null)));
    }

    public static FormDefinition contractDefinition(long clientsFormId, RouteDefinition route) {
        return new FormDefinition(List.of(
                FieldDefinition.of(TITLE, "Title", FieldType.TEXT),
                FieldDefinition.of(CLIENT, "Client", FieldType.FORM_LINK).withInfo(FieldSettings.formLink(clientsFormId)),
                FieldDefinition.of(DOCUMENTS, "Documents", FieldType.FILE),
                FieldDefinition.of(LISTS, "Lists", FieldType.PROJECT)), route);
    }

    public static JsonNode text(int fieldId, String value) {
        return JsonNodeFactory.instance.objectNode().put("id", fieldId).put("value", value);
    }

    public static JsonNode field(int fieldId, JsonNode value) {
        return JsonNodeFactory.instance.objectNode().put("id", fieldId).set("value", value);
    }
}
