package io.potok.forms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldSettings.Computation;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

@PotokTest
@RecordApplicationEvents
class FormsTests {

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    private static FormDefinition orderDefinition() {
        FieldDefinition kind = FieldDefinition.of(1, "Тип", FieldType.MULTIPLE_CHOICE).withCode("kind")
                .withInfo(FieldSettings.choices(false, List.of(new ChoiceOption(1, "A"), new ChoiceOption(2, "B"))))
                .requiredFrom(1);
        FieldDefinition quantity = FieldDefinition.of(11, "Количество", FieldType.NUMBER);
        FieldDefinition price = FieldDefinition.of(12, "Цена", FieldType.MONEY).withInfo(FieldSettings.decimals(2));
        FieldDefinition lineTotal = FieldDefinition.of(13, "Сумма", FieldType.MONEY)
                .withInfo(FieldSettings.decimals(2).computedAs(Computation.product(11, 12)));
        FieldDefinition lines = FieldDefinition.of(10, "Строки", FieldType.TABLE)
                .withFields(List.of(quantity, price, lineTotal));
        FieldDefinition total = FieldDefinition.of(20, "Итого", FieldType.MONEY)
                .withInfo(FieldSettings.decimals(2).computedAs(Computation.sum(13)));
        Step first = new Step(1, "Менеджер", null,
                List.of(new AssigneeRule(Condition.field(1, Condition.Operator.EQUALS, "1"), Assignees.role(5)),
                        new AssigneeRule(null, Assignees.author())), null);
        Step second = new Step(2, "Склад", Condition.any(Condition.field(20, Condition.Operator.GREATER, "0")),
                List.of(new AssigneeRule(null, Assignees.anyOf(7L)), new AssigneeRule(null, Assignees.author())), 1);
        FieldDefinition comment = FieldDefinition.of(30, "Комментарий", FieldType.TEXT)
                .withInfo(FieldSettings.multilineText());
        return new FormDefinition(List.of(kind, lines, total, comment), new RouteDefinition(List.of(first, second)));
    }

    @Test
    void storedDefinitionReadsBackEqual() {
        long org = new TestOrganizations(jdbc).organization();

        Form created = forms.create(org, "Заказы", orderDefinition(), null);

        assertThat(created.version()).isEqualTo(1);
        assertThat(forms.find(org, created.id())).map(Form::definition).contains(orderDefinition());
        assertThat(forms.list(org)).extracting(Form::name).containsExactly("Заказы");
    }

    @Test
    void publishingKeepsEarlierVersionsAndPublishesEvents() {
        long org = new TestOrganizations(jdbc).organization();
        Form created = forms.create(org, "Заказы", orderDefinition(), null);
        FormDefinition shorter = new FormDefinition(orderDefinition().fields().subList(0, 1), RouteDefinition.NONE);

        Form published = forms.publish(org, created.id(), shorter, null);

        assertThat(published.version()).isEqualTo(2);
        assertThat(forms.find(org, created.id())).map(Form::definition).contains(shorter);
        assertThat(forms.findVersion(org, created.id(), 1)).map(Form::definition).contains(orderDefinition());
        assertThat(events.stream(FormPublished.class).filter(event -> event.formId() == created.id()))
                .containsExactly(new FormPublished(org, created.id(), 1), new FormPublished(org, created.id(), 2));
    }

    @Test
    void formOfOtherOrganizationIsNotFound() {
        var fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long otherOrg = fixtures.organization();
        Form created = forms.create(org, "Заказы", orderDefinition(), null);
        var outsider = TestOrganizations.signedIn(otherOrg, fixtures.member(otherOrg, null), true);

        assertThat(forms.find(otherOrg, created.id())).isEmpty();
        assertThat(forms.accessLevel(outsider, created.id())).isEqualTo(AccessLevel.NONE);
        assertThat(forms.formIdsWithLevel(outsider, AccessLevel.MEMBER)).doesNotContain(created.id());
        assertThatThrownBy(() -> forms.publish(otherOrg, created.id(), orderDefinition(), null))
                .isInstanceOf(FormNotFound.class);
        assertThatThrownBy(() -> forms.grant(otherOrg, created.id(), FormGrant.everyone(AccessLevel.MEMBER)))
                .isInstanceOf(FormNotFound.class);
    }

    @Test
    void accessLevelCountsEveryKindOfGrant() {
        var fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long top = fixtures.department(org, null, null);
        long sales = fixtures.department(org, top, null);
        long byMember = fixtures.member(org, null);
        long byRole = fixtures.member(org, null);
        long byDepartment = fixtures.member(org, sales);
        long nobody = fixtures.member(org, null);
        long admin = fixtures.member(org, null);
        Form form = forms.create(org, "Заявки", orderDefinition(), null);
        forms.grant(org, form.id(), FormGrant.member(byMember, AccessLevel.ADMIN));
        forms.grant(org, form.id(), FormGrant.role(fixtures.role(org, byRole), AccessLevel.MANAGER));
        forms.grant(org, form.id(), new FormGrant(null, null, top, AccessLevel.MEMBER));

        assertThat(forms.accessLevel(TestOrganizations.signedIn(org, byMember, false), form.id()))
                .isEqualTo(AccessLevel.ADMIN);
        assertThat(forms.accessLevel(TestOrganizations.signedIn(org, byRole, false), form.id()))
                .isEqualTo(AccessLevel.MANAGER);
        assertThat(forms.accessLevel(TestOrganizations.signedIn(org, byDepartment, false), form.id()))
                .isEqualTo(AccessLevel.MEMBER);
        assertThat(forms.accessLevel(TestOrganizations.signedIn(org, nobody, false), form.id()))
                .isEqualTo(AccessLevel.NONE);
        assertThat(forms.accessLevel(TestOrganizations.signedIn(org, admin, true), form.id()))
                .isEqualTo(AccessLevel.ADMIN);
    }

    @Test
    void everyoneGrantAndLevelFilterDecideVisibleForms() {
        var fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long manager = fixtures.member(org, null);
        long plain = fixtures.member(org, null);
        Form open = forms.create(org, "ИТ", orderDefinition(), null);
        Form managed = forms.create(org, "Заказы", orderDefinition(), null);
        forms.grant(org, open.id(), FormGrant.everyone(AccessLevel.MEMBER));
        forms.grant(org, managed.id(), FormGrant.member(manager, AccessLevel.MANAGER));

        var managerMember = TestOrganizations.signedIn(org, manager, false);
        var plainMember = TestOrganizations.signedIn(org, plain, false);
        assertThat(forms.formIdsWithLevel(managerMember, AccessLevel.MEMBER))
                .containsExactlyInAnyOrder(open.id(), managed.id());
        assertThat(forms.formIdsWithLevel(managerMember, AccessLevel.MANAGER)).containsExactly(managed.id());
        assertThat(forms.formIdsWithLevel(plainMember, AccessLevel.MEMBER)).containsExactly(open.id());
        assertThat(forms.formIdsWithLevel(plainMember, AccessLevel.MANAGER)).isEmpty();
    }
}
