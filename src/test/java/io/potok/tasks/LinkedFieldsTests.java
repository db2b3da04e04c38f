package io.potok.tasks;

import static io.potok.LinkedFieldsFixture.CLIENT;
import static io.potok.LinkedFieldsFixture.DOCUMENTS;
import static io.potok.LinkedFieldsFixture.LISTS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import io.potok.LinkedFieldsFixture;
import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValues;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDefinitionInvalid;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

@PotokTest
class LinkedFieldsTests {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Tasks tasks;

    @Autowired
    TaskLists lists;

    @Autowired
    Attachments attachments;

    @Autowired
    FieldValues fieldValues;

    @Autowired
    MessageSource messages;

    private LinkedFieldsFixture fixture() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long orgId = organizations.organization();
        return new LinkedFieldsFixture(orgId, organizations.member(orgId, null), organizations.member(orgId, null),
                forms, tasks, lists);
    }

    private String upload(LinkedFieldsFixture fixture, String name) {
        byte[] content = ("content of " + name).getBytes(StandardCharsets.UTF_8);
        return attachments.upload(fixture.writer, name, "text/plain", new ByteArrayInputStream(content)).guid()
                .toString();
    }

    private TaskView createFull(LinkedFieldsFixture fixture) {
        JsonNode link = NODES.objectNode().set("task_ids", NODES.arrayNode().add(fixture.visibleClientId));
        JsonNode files = NODES.arrayNode().add(NODES.objectNode().put("guid", upload(fixture, "contract.pdf")));
        JsonNode projects = NODES.objectNode().set("list_ids", NODES.arrayNode().add(fixture.urgent.id()));
        return tasks.create(fixture.writer, NewTask.onForm(fixture.contracts.id(), List.of(
                LinkedFieldsFixture.field(CLIENT, link), LinkedFieldsFixture.field(DOCUMENTS, files),
                LinkedFieldsFixture.field(LISTS, projects))));
    }

    private static TaskView.HistoryEntry fieldEntry(TaskView task, int fieldId) {
        return task.history().stream().filter(entry -> Integer.valueOf(fieldId).equals(entry.fieldId()))
                .reduce((first, second) -> second).orElseThrow();
    }

    private String display(LinkedFieldsFixture fixture, int fieldId, JsonNode value) {
        FieldDefinition field = fixture.contracts.definition().field(fieldId).orElseThrow();
        return fieldValues.display(fixture.orgId, field, value, Locale.forLanguageTag("ru"));
    }

    @Test
    void historyShowsLinkedNames() {
        LinkedFieldsFixture fixture = fixture();

        TaskView task = createFull(fixture);

        assertThat(display(fixture, CLIENT, fieldEntry(task, CLIENT).newValue())).isEqualTo(fixture.visibleClientSubject);
        assertThat(display(fixture, DOCUMENTS, fieldEntry(task, DOCUMENTS).newValue())).isEqualTo("contract.pdf");
        assertThat(display(fixture, LISTS, fieldEntry(task, LISTS).newValue())).isEqualTo(fixture.urgent.name());
    }

    @Test
    void fileVersionRecordedInHistory() {
        LinkedFieldsFixture fixture = fixture();
        TaskView created = createFull(fixture);
        JsonNode next = NODES.arrayNode().add(NODES.objectNode().put("guid", upload(fixture, "contract.pdf")));

        TaskView changed = tasks.change(fixture.writer, created.id(),
                TaskChange.fields(List.of(LinkedFieldsFixture.field(DOCUMENTS, next))));

        TaskView.HistoryEntry entry = fieldEntry(changed, DOCUMENTS);
        assertThat(display(fixture, DOCUMENTS, entry.oldValue())).isEqualTo("contract.pdf");
        assertThat(display(fixture, DOCUMENTS, entry.newValue())).isEqualTo("contract.pdf (v2)");
        long firstId = entry.oldValue().get(0).get("id").asLong();
        long secondId = entry.newValue().get(0).get("id").asLong();
        TaskView.AttachmentView second = changed.attachments().stream().filter(file -> file.id() == secondId)
                .findFirst().orElseThrow();
        assertThat(second.version()).isEqualTo(2);
        assertThat(second.previousId()).isEqualTo(firstId);
        assertThat(second.fieldId()).isEqualTo(DOCUMENTS);
        assertThat(attachments.open(fixture.writer, firstId).file().name()).isEqualTo("contract.pdf");
    }

    @Test
    void rejectsLinkToHiddenTask() {
        LinkedFieldsFixture fixture = fixture();
        JsonNode link = NODES.objectNode().set("task_ids", NODES.arrayNode().add(fixture.hiddenClientId));

        assertThatThrownBy(() -> tasks.create(fixture.writer, NewTask.onForm(fixture.contracts.id(),
                List.of(LinkedFieldsFixture.field(CLIENT, link)))))
                .isInstanceOfSatisfying(FieldValueInvalid.class, failure -> {
                    assertThat(failure.reason()).isEqualTo("form_link_not_found");
                    assertThat(message(failure.messageKey(), failure.arguments()))
                            .contains("Client").contains(String.valueOf(fixture.hiddenClientId));
                });
    }

    @Test
    void rejectsFormLinkWithoutForm() {
        long orgId = new TestOrganizations(jdbc).organization();
        FormDefinition definition = new FormDefinition(List.of(
                FieldDefinition.of(1, "Машина", FieldType.FORM_LINK)), RouteDefinition.NONE);

        assertThatThrownBy(() -> forms.create(orgId, "Ремонт", definition, null))
                .isInstanceOfSatisfying(FormDefinitionInvalid.class, failure -> {
                    assertThat(failure.problems().get(0).code()).isEqualTo("form_link_without_form");
                    assertThat(message(failure.messageKey(), failure.arguments())).contains("Машина");
                });
    }

    @Test
    void rejectsFormLinkToForeignForm() {
        LinkedFieldsFixture foreign = fixture();
        long orgId = new TestOrganizations(jdbc).organization();
        FormDefinition definition = LinkedFieldsFixture.contractDefinition(foreign.clients.id(), RouteDefinition.NONE);

        assertThatThrownBy(() -> forms.create(orgId, "Договоры", definition, null))
                .isInstanceOfSatisfying(FormDefinitionInvalid.class, failure -> {
                    assertThat(failure.problems().get(0).code()).isEqualTo("form_link_unknown_form");
                    assertThat(message(failure.messageKey(), failure.arguments()))
                            .contains("Client").contains(String.valueOf(foreign.clients.id()));
                });
        assertThat(forms.list(orgId)).isEmpty();
    }

    @Test
    void acceptsFormLinkToOwnForm() {
        LinkedFieldsFixture fixture = fixture();
        FieldDefinition link = FieldDefinition.of(1, "Клиент", FieldType.FORM_LINK)
                .withInfo(FieldSettings.formLink(fixture.clients.id()));

        Form created = forms.create(fixture.orgId, "Звонки", new FormDefinition(List.of(link), RouteDefinition.NONE),
                null);

        assertThat(created.definition().field(1).orElseThrow().info().linkedFormId()).isEqualTo(fixture.clients.id());
    }

    private String message(String key, Object[] arguments) {
        return messages.getMessage(key, arguments, Locale.forLanguageTag("ru"));
    }
}
