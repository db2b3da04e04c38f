package io.potok.forms.web;

import java.util.List;
import java.util.UUID;

import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.identity.CurrentMember;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * An organisation with an administrator, a form administrator, a form manager and a member without
 * access, and one form "Ремонт" with a text field (id 1) and a number field (id 2).
 */
final class DesignerFixtures {

    static final FormDefinition REPAIR = new FormDefinition(List.of(
            FieldDefinition.of(1, "Номер машины", FieldType.TEXT),
            FieldDefinition.of(2, "Сумма", FieldType.NUMBER)), RouteDefinition.NONE);

    final long orgId;
    final CurrentMember orgAdmin;
    final CurrentMember formAdmin;
    final CurrentMember manager;
    final CurrentMember stranger;
    final Form form;

    DesignerFixtures(JdbcClient jdbc, Forms forms) {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        orgId = organizations.organization();
        orgAdmin = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), true);
        formAdmin = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), false);
        manager = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), false);
        stranger = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), false);
        form = forms.create(orgId, "Ремонт " + UUID.randomUUID(), REPAIR, orgAdmin.memberId());
        forms.grant(orgId, form.id(), FormGrant.member(formAdmin.memberId(), AccessLevel.ADMIN));
        forms.grant(orgId, form.id(), FormGrant.member(manager.memberId(), AccessLevel.MANAGER));
    }

    /** Returns the draft JSON with a third field, a title, that contains a new text field. */
    static String draftWithSection(String sectionName) {
        return """
                {"fields": [
                  {"id": 1, "name": "Номер машины", "type": "text", "inSubject": true, "unique": true},
                  {"id": 2, "name": "Сумма", "type": "number", "info": {"decimalPlaces": 2}},
                  {"id": 3, "name": "%s", "type": "title", "fields": [
                    {"id": 4, "name": "Неисправность", "type": "text", "info": {"multiline": true},
                     "visibleWhen": {"kind": "field", "fieldId": 2, "operator": "greater", "values": ["0"]}}
                  ]}
                ]}
                """.formatted(sectionName);
    }
}
