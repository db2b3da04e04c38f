package io.potok.processes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.demo.DemoWorkspace;
import io.potok.forms.AccessLevel;
import io.potok.forms.Condition;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.Form;
import io.potok.forms.FormDefinitionInvalid;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.identity.Role;
import io.potok.PotokTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class ProcessFilesTests {

    private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

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

    private ProcessFixtures fixtures() {
        return new ProcessFixtures(jdbc, members);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private ProcessDocument yaml(String text) {
        return files.read(text, ProcessFormat.YAML);
    }

    private Form demoForm(String name) {
        long org = fixtures().demoOrg();
        return forms.list(org).stream().filter(form -> form.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void demoOrdersRoundTripIntoFreshOrganisation() {
        CurrentMember demoAdmin = fixtures().demoAdmin();
        ProcessDocument exported = files.export(demoAdmin, demoForm(DemoWorkspace.ORDERS_FORM).id(), true);
        String text = files.write(exported, ProcessFormat.YAML, RUSSIAN);
        CurrentMember fresh = fixtures().freshAdmin();

        ProcessReferencesUnresolved director = catchThrowableOfType(ProcessReferencesUnresolved.class,
                () -> files.create(fresh, yaml(text)));
        assertThat(director.problems()).containsExactly(
                ImportProblem.of("access_member_not_found", DemoWorkspace.DIRECTOR_EMAIL));

        ProcessDocument withoutDirector = withoutMemberGrants(yaml(text));
        Form imported = files.create(fresh, withoutDirector);
        ProcessDocument again = files.export(fresh, imported.id(), true);

        assertThat(again.definition()).isEqualTo(exported.definition());
        assertThat(again.catalogs()).isEqualTo(exported.catalogs());
        assertThat(again.access()).isEqualTo(withoutDirector.access());
        assertThat(again.name()).isEqualTo(DemoWorkspace.ORDERS_FORM);
        assertThat(imported.definition()).isNotEqualTo(demoForm(DemoWorkspace.ORDERS_FORM).definition());
    }

    private static ProcessDocument withoutMemberGrants(ProcessDocument document) {
        return new ProcessDocument(document.formatVersion(), document.name(), document.definition(),
                document.catalogs(), document.access().stream().filter(grant -> grant.member() == null).toList());
    }

    @Test
    void importResolvesNamesIntoIds() {
        CurrentMember admin = fixtures().freshAdmin();
        String suffix = suffix();

        Form form = files.create(admin, yaml(ProcessDocuments.repair(suffix)));

        Catalog catalog = catalogs.list(admin.orgId()).get(0);
        long alpha = catalogs.itemByKey(admin.orgId(), catalog.id(), "Альфа").orElseThrow().id();
        Role role = members.roles(admin.orgId()).get(0);
        assertThat(catalog.name()).isEqualTo("Клиенты " + suffix);
        assertThat(form.definition().field(1).orElseThrow().info().catalogId()).isEqualTo(catalog.id());
        assertThat(form.definition().route().steps().get(0).condition())
                .isEqualTo(Condition.field(1, Condition.Operator.EQUALS, String.valueOf(alpha)));
        assertThat(role.name()).isEqualTo("Мастера " + suffix);
        assertThat(role.memberIds()).containsExactly(admin.memberId());
        assertThat(forms.grants(admin.orgId(), form.id())).containsExactly(
                FormGrant.role(role.id(), AccessLevel.MEMBER), FormGrant.everyone(AccessLevel.MANAGER));
    }

    @Test
    void importReusesCatalogWithCompatibleHeaders() {
        CurrentMember admin = fixtures().freshAdmin();
        String suffix = suffix();
        Catalog existing = catalogs.create(admin.orgId(), "Клиенты " + suffix, List.of(
                new Catalog.Header("Клиент", "text"), new Catalog.Header("Город", "text"),
                new Catalog.Header("Телефон", "text")), List.of(List.of("Альфа", "Тула", "+7 900 000-00-00")));

        ImportPlan plan = files.preview(admin, yaml(ProcessDocuments.repair(suffix)));
        Form form = files.create(admin, yaml(ProcessDocuments.repair(suffix)));

        assertThat(plan.catalogs()).containsExactly(new ImportPlan.Action("Клиенты " + suffix, false, 0));
        assertThat(form.definition().field(1).orElseThrow().info().catalogId()).isEqualTo(existing.id());
        assertThat(catalogs.list(admin.orgId())).hasSize(1);
    }

    @Test
    void previewPlansWithoutStoring() {
        CurrentMember admin = fixtures().freshAdmin();
        String suffix = suffix();

        ImportPlan plan = files.preview(admin, yaml(ProcessDocuments.repair(suffix)));

        assertThat(plan.ready()).isTrue();
        assertThat(plan.formName()).isEqualTo("Ремонт " + suffix);
        assertThat(plan.catalogs()).containsExactly(new ImportPlan.Action("Клиенты " + suffix, true, 2));
        assertThat(plan.roles()).containsExactly(new ImportPlan.Action("Мастера " + suffix, true, 0));
        assertNothingStored(admin.orgId());
    }

    @Test
    void previewReportsDefinitionRejectedByChecks() {
        CurrentMember admin = fixtures().freshAdmin();
        String rejected = """
                    - id: 3
                      name: Отклоняемое
                      code: %s
                      type: text
                """.formatted(RejectingCheck.REJECTED_CODE);

        ImportPlan plan = files.preview(admin, yaml(ProcessDocuments.repair(suffix(), rejected)));

        assertThat(plan.problems()).isEmpty();
        assertThat(plan.definitionProblems()).containsExactly(DefinitionProblem.of("test_rejection",
                RejectingCheck.REJECTED_CODE));
        assertThat(plan.ready()).isFalse();
        assertNothingStored(admin.orgId());
    }

    @Test
    void rejectedDefinitionLeavesNothingCreated() {
        CurrentMember admin = fixtures().freshAdmin();
        String rejected = """
                    - id: 3
                      name: Отклоняемое
                      code: %s
                      type: text
                """.formatted(RejectingCheck.REJECTED_CODE);

        assertThatThrownBy(() -> files.create(admin, yaml(ProcessDocuments.repair(suffix(), rejected))))
                .isInstanceOf(FormDefinitionInvalid.class);

        assertNothingStored(admin.orgId());
    }

    @Test
    void everyUnresolvableReferenceIsReported() {
        CurrentMember admin = fixtures().freshAdmin();
        String suffix = suffix();
        catalogs.create(admin.orgId(), "Склады " + suffix, List.of(new Catalog.Header("Склад", "number")), List.of());
        String document = """
                formatVersion: 1
                name: Ошибки %1$s
                definition:
                  fields:
                    - {id: 1, name: Клиент, type: catalog, info: {catalog: Клиенты %1$s}}
                    - {id: 2, name: Штрихкод, type: barcode}
                    - {id: 3, name: Машина, type: form_link, info: {linkedForm: Нет такой формы %1$s}}
                    - {id: 4, name: Поставщик, type: catalog, info: {catalog: Нет справочника %1$s}}
                    - {id: 5, name: Склад, type: catalog, info: {catalog: Склады %1$s}}
                    - {id: 6, name: Мастер, type: person, defaultValue: {email: ghost-default@nowhere.test}}
                  route:
                    steps:
                      - number: 1
                        name: Приёмка
                        condition: {kind: field, fieldId: 1, operator: equals, values: [Гамма]}
                        assignees:
                          - who: {kind: members, members: [ghost@nowhere.test]}
                catalogs:
                  - name: Клиенты %1$s
                    headers: [{name: Клиент, type: text}]
                    items: [[Альфа]]
                  - name: Склады %1$s
                    headers: [{name: Название, type: text}, {name: Адрес, type: text}]
                access:
                  - {level: member, department: Нет отдела %1$s}
                  - {level: member, member: ghost-access@nowhere.test}
                  - {level: owner, everyone: true}
                  - {level: member}
                """.formatted(suffix);

        ImportPlan plan = files.preview(admin, yaml(document));

        assertThat(plan.problems()).extracting(ImportProblem::code).containsExactlyInAnyOrder(
                "catalog_headers_incompatible", "department_not_found", "access_member_not_found",
                "access_level_invalid", "access_target_missing", "catalog_item_not_found", "unknown_field_type",
                "linked_form_not_found", "catalog_not_found", "member_not_found", "member_not_found");
        assertThat(plan.problems()).contains(
                ImportProblem.of("member_not_found", "ghost@nowhere.test", "Приёмка"),
                ImportProblem.of("unknown_field_type", "barcode", "Штрихкод"),
                ImportProblem.of("catalog_item_not_found", "Гамма", "Клиенты " + suffix, "Приёмка"),
                ImportProblem.of("department_not_found", "Нет отдела " + suffix));
        assertThatThrownBy(() -> files.create(admin, yaml(document)))
                .isInstanceOf(ProcessReferencesUnresolved.class);
        assertThat(forms.list(admin.orgId())).isEmpty();
        assertThat(catalogs.list(admin.orgId())).extracting(Catalog::name).containsExactly("Склады " + suffix);
    }

    @Test
    void unsupportedFormatVersionIsReported() {
        CurrentMember admin = fixtures().freshAdmin();
        String document = ProcessDocuments.repair(suffix()).replace("formatVersion: 1", "formatVersion: 7");

        ImportPlan plan = files.preview(admin, yaml(document));

        assertThat(plan.problems()).containsExactly(ImportProblem.of("format_version_unsupported", "7", "1"));
    }

    @Test
    void malformedYamlNamesLineAndColumn() {
        String text = "formatVersion: 1\nname: Ремонт\ndefinition:\n  fields: [\n    {id: 1, name: a: b}\n";

        ProcessFileInvalid invalid = catchThrowableOfType(ProcessFileInvalid.class,
                () -> files.read(text, ProcessFormat.YAML));

        assertThat(invalid.line()).isEqualTo(5);
        assertThat(invalid.column()).isPositive();
        assertThat(invalid.status()).isEqualTo(400);
    }

    @Test
    void malformedJsonNamesLineAndColumn() {
        String text = "{\n  \"formatVersion\": 1,\n  \"name\": \"Ремонт\"\n  \"definition\": {}\n}";

        ProcessFileInvalid invalid = catchThrowableOfType(ProcessFileInvalid.class,
                () -> files.read(text, ProcessFormat.JSON));

        assertThat(invalid.line()).isEqualTo(4);
        assertThat(invalid.column()).isPositive();
    }

    @Test
    void wrongValueTypeNamesLine() {
        String text = "formatVersion: 1\nname: Ремонт\naccess: {level: member}\n";

        ProcessFileInvalid invalid = catchThrowableOfType(ProcessFileInvalid.class,
                () -> files.read(text, ProcessFormat.YAML));

        assertThat(invalid.line()).isEqualTo(3);
    }

    @Test
    void jsonAndYamlReadToSameDocument() {
        CurrentMember demoAdmin = fixtures().demoAdmin();
        ProcessDocument exported = files.export(demoAdmin, demoForm(DemoWorkspace.ORDERS_FORM).id(), false);

        ProcessDocument fromJson = files.read(files.write(exported, ProcessFormat.JSON, RUSSIAN), ProcessFormat.JSON);
        ProcessDocument fromYaml = files.read(files.write(exported, ProcessFormat.YAML, RUSSIAN), ProcessFormat.YAML);

        assertThat(fromJson).isEqualTo(exported);
        assertThat(fromYaml).isEqualTo(exported);
    }

    @Test
    void publishMakesNextVersionAndRenames() {
        CurrentMember admin = fixtures().freshAdmin();
        String suffix = suffix();
        Form created = files.create(admin, yaml(ProcessDocuments.repair(suffix)));
        String changed = ProcessDocuments.repair(suffix, """
                    - id: 3
                      name: Серийный номер
                      code: serial
                      type: text
                      unique: true
                """).replace("name: Ремонт " + suffix, "name: Ремонт техники " + suffix);

        Form published = files.publish(admin, created.id(), yaml(changed));

        assertThat(published.version()).isEqualTo(2);
        assertThat(published.name()).isEqualTo("Ремонт техники " + suffix);
        assertThat(published.definition().field(3).orElseThrow().isUnique()).isTrue();
        assertThat(catalogs.list(admin.orgId())).hasSize(1);
        assertThat(members.roles(admin.orgId())).hasSize(1);
    }

    @Test
    void onlyAdministratorsExportAndImport() {
        CurrentMember admin = fixtures().freshAdmin();
        Form form = files.create(admin, yaml(ProcessDocuments.repair(suffix())));
        CurrentMember member = ProcessFixtures.signedIn(fixtures().memberOf(admin.orgId(), false));

        assertThatThrownBy(() -> files.export(member, form.id(), false)).isInstanceOf(ProcessAccessDenied.class);
        assertThatThrownBy(() -> files.preview(member, yaml(ProcessDocuments.repair(suffix()))))
                .isInstanceOf(ProcessAccessDenied.class);
        assertThatThrownBy(() -> files.create(member, yaml(ProcessDocuments.repair(suffix()))))
                .isInstanceOf(ProcessAccessDenied.class);

        forms.grant(admin.orgId(), form.id(), FormGrant.member(member.memberId(), AccessLevel.ADMIN));
        assertThat(files.export(member, form.id(), false).name()).isEqualTo(form.name());
    }

    private void assertNothingStored(long orgId) {
        assertThat(forms.list(orgId)).isEmpty();
        assertThat(catalogs.list(orgId)).isEmpty();
        assertThat(members.roles(orgId)).isEmpty();
    }
}
