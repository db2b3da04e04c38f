package io.potok.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.PotokTest;
import io.potok.demo.DemoWorkspace;
import io.potok.forms.FieldDefinition;
import io.potok.forms.Form;
import io.potok.forms.FieldType;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.identity.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class ProcessTemplatesTests {

    @Autowired
    ProcessTemplates templates;

    @Autowired
    ProcessFiles files;

    @Autowired
    Forms forms;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    private ProcessFixtures fixtures() {
        return new ProcessFixtures(jdbc, members);
    }

    private Form demoForm(String name) {
        return forms.list(fixtures().demoOrg()).stream()
                .filter(form -> form.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("The demo workspace has no form " + name));
    }

    @Test
    void galleryListsFiveTemplates() {
        assertThat(templates.list()).extracting(ProcessTemplate::key)
                .containsExactly("orders", "client-calls", "service-request", "asset-card", "it-help-desk");
        assertThat(templates.get("service-request").requires()).containsExactly("asset-card");
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders", "client-calls", "service-request", "asset-card", "it-help-desk"})
    void templateInstallsIntoEmptyOrganisation(String key) {
        CurrentMember admin = fixtures().freshAdmin();
        ProcessTemplate template = templates.get(key);

        Form form = templates.install(admin, key);

        assertThat(form.name()).isEqualTo(template.document().name());
        assertThat(form.version()).isEqualTo(1);
        assertThat(members.roles(admin.orgId())).isNotEmpty()
                .allSatisfy(role -> assertThat(role.memberIds()).containsExactly(admin.memberId()));
        assertThat(files.export(admin, form.id(), false).definition()).isEqualTo(template.document().definition());
    }

    @Test
    void serviceRequestInstallsAssetCardFirst() {
        CurrentMember admin = fixtures().freshAdmin();

        Form request = templates.install(admin, "service-request");

        Form card = forms.list(admin.orgId()).stream()
                .filter(form -> form.name().equals(DemoWorkspace.ASSET_CARD_FORM))
                .findFirst().orElseThrow();
        FieldDefinition machine = request.definition().field(1).orElseThrow();
        assertThat(machine.type()).isEqualTo(FieldType.FORM_LINK);
        assertThat(machine.info().linkedFormId()).isEqualTo(card.id());
        assertThat(forms.list(admin.orgId())).hasSize(2);
    }

    @Test
    void ordersTemplateMatchesDemoForm() {
        CurrentMember demoAdmin = fixtures().demoAdmin();
        Form orders = demoForm(DemoWorkspace.ORDERS_FORM);

        ProcessDocument demo = files.export(demoAdmin, orders.id(), false);

        assertThat(templates.get("orders").document().definition()).isEqualTo(demo.definition());
        assertThat(templates.get("orders").document().name()).isEqualTo(demo.name());
    }

    @Test
    void itHelpDeskTemplateMatchesDemoForm() {
        CurrentMember demoAdmin = fixtures().demoAdmin();
        Form request = demoForm(DemoWorkspace.IT_REQUEST_FORM);

        ProcessDocument demo = files.export(demoAdmin, request.id(), false);

        assertThat(templates.get("it-help-desk").document().definition()).isEqualTo(demo.definition());
    }

    @Test
    void demoWorkspaceHasTemplateFormsWithDemoRoles() {
        long org = fixtures().demoOrg();

        List<String> names = forms.list(org).stream().map(Form::name).toList();
        Role serviceCenter = members.roles(org).stream()
                .filter(role -> role.name().equals(DemoWorkspace.ROLE_SERVICE_CENTER))
                .findFirst().orElseThrow();

        assertThat(names).contains(DemoWorkspace.CLIENT_CALLS_FORM, DemoWorkspace.ASSET_CARD_FORM,
                DemoWorkspace.SERVICE_REQUEST_FORM);
        assertThat(serviceCenter.memberIds()).hasSize(2);
        assertThat(members.roles(org)).filteredOn(role -> role.name().equals(DemoWorkspace.ROLE_SERVICE_CENTER))
                .hasSize(1);
    }
}
