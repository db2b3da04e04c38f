package io.potok.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
class FormLifecycleTests {

    @Autowired
    Forms forms;

    @Autowired
    FormDrafts drafts;

    @Autowired
    JdbcClient jdbc;

    private static FormDefinition machineCard() {
        FieldDefinition sticker = FieldDefinition.of(1, "Номер наклейки", FieldType.TEXT).withCode("sticker")
                .asUnique().asPartOfSubject().withDescription("Внутренний номер машины");
        FieldDefinition serial = FieldDefinition.of(3, "Серийный номер", FieldType.TEXT);
        FieldDefinition state = FieldDefinition.of(2, "Состояние", FieldType.MULTIPLE_CHOICE)
                .withInfo(FieldSettings.choices(false,
                        List.of(new ChoiceOption(1, "Исправна"), new ChoiceOption(2, "В ремонте", List.of(serial)))));
        FieldDefinition basePrice = FieldDefinition.of(5, "Цена без НДС", FieldType.MONEY);
        FieldDefinition price = FieldDefinition.of(4, "Цена с НДС", FieldType.MONEY)
                .withInfo(FieldSettings.decimals(2).withFormula("round(#5 * 1.2, 2)"))
                .shownWhen(Condition.field(2, Condition.Operator.EQUALS, "2"))
                .withDefault(JSON.getNodeFactory().numberNode(10));
        Step repair = new Step(1, "Ремонт", null, List.of(new AssigneeRule(null, Assignees.author())), null, 8, true);
        return new FormDefinition(List.of(sticker, state, basePrice, price), new RouteDefinition(List.of(repair)));
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void designerAttributesReadBackEqual() {
        long org = new TestOrganizations(jdbc).organization();

        Form created = forms.create(org, "Машины", machineCard(), null);

        FormDefinition stored = forms.find(org, created.id()).orElseThrow().definition();
        assertThat(stored).isEqualTo(machineCard());
        assertThat(stored.field(3)).map(FieldDefinition::name).contains("Серийный номер");
        assertThat(stored.field(1)).map(FieldDefinition::isUnique).contains(true);
        assertThat(stored.route().step(1)).map(Step::countsBusinessHours).contains(true);
    }

    @Test
    void renameArchiveAndRestoreAreInHistory() {
        var fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long admin = fixtures.member(org, null);
        Form form = forms.create(org, "Машины", machineCard(), admin);

        forms.rename(org, form.id(), "Машины и кофемолки", admin);
        forms.archive(org, form.id(), admin);
        assertThat(forms.find(org, form.id())).map(Form::archived).contains(true);
        forms.restore(org, form.id(), admin);

        assertThat(forms.find(org, form.id())).map(Form::name).contains("Машины и кофемолки");
        assertThat(forms.find(org, form.id())).map(Form::archived).contains(false);
        assertThat(forms.history(org, form.id())).extracting(FormHistoryEntry::action)
                .containsExactly("restored", "archived", "renamed", "created");
    }

    @Test
    void draftIsPublishedAsNextVersionAndDropped() {
        var fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long admin = fixtures.member(org, null);
        Form form = forms.create(org, "Машины", machineCard(), admin);
        FormDefinition edited = new FormDefinition(machineCard().fields().subList(0, 1), machineCard().route());

        drafts.save(org, form.id(), edited, admin);
        assertThat(forms.find(org, form.id())).map(Form::version).contains(1);
        assertThat(drafts.draftOrCurrent(org, form.id())).isEqualTo(edited);
        Form published = drafts.publish(org, form.id(), admin);

        assertThat(published.version()).isEqualTo(2);
        assertThat(published.definition()).isEqualTo(edited);
        assertThat(drafts.find(org, form.id())).isEmpty();
        assertThat(forms.versions(org, form.id())).extracting(FormVersionInfo::version).containsExactly(2, 1);
        assertThat(forms.versions(org, form.id())).extracting(FormVersionInfo::publishedBy).containsOnly(admin);
    }
}
