package io.potok.automation.internal.rulecheck;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.TestOrganizations;
import io.potok.forms.AutomationDefinition;
import io.potok.forms.Condition;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDefinitionInvalid;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RuleDefinition;
import io.potok.forms.RuleDefinition.Action;
import io.potok.forms.RuleDefinition.ActionKind;
import io.potok.forms.RuleDefinition.FieldMapping;
import io.potok.forms.RuleDefinition.Trigger;
import io.potok.forms.RuleDefinition.TriggerKind;
import io.potok.forms.WebhookSubscription;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Publishes forms with broken and sound rules and checks which problems the publish reports, and that each
 * problem reads as a sentence naming the rule.
 */
@PotokTest
class RuleDefinitionCheckTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    MessageSource messages;

    RouteFixtures fixtures;
    long memberId;
    long roleId;

    @BeforeEach
    void createOrganisation() {
        fixtures = new RouteFixtures(jdbc, forms);
        memberId = fixtures.member("Rita");
        roleId = new TestOrganizations(jdbc).role(fixtures.org, memberId);
    }

    @Test
    void soundRulesPublish() {
        Form target = fixtures.form(RouteFixtures.step(1, "Check", null, Assignees.author()));
        RuleDefinition rule = rule("Sort", Trigger.of(TriggerKind.TASK_CREATED),
                Condition.field(RouteFixtures.NOTE, Condition.Operator.CONTAINS, "1С"),
                assign(Assignees.role(roleId)),
                setField(RouteFixtures.COST, JsonNodeFactory.instance.numberNode(10)),
                comment("Cost is {Cost}, note { 4 }"),
                new Action(ActionKind.CREATE_TASK, null, null, null, null, null, null, null, target.id(),
                        List.of(new FieldMapping(RouteFixtures.NOTE, RouteFixtures.NOTE)), null, null, null),
                email(List.of("Author", "boss@example.org", "{Engineer}"), "About {Note}", "Hello"),
                webhook("hook-1"),
                move(1));

        Form form = create(definition(rule).withAutomation(new AutomationDefinition(List.of(rule), List.of(),
                List.of(new WebhookSubscription("hook-1", "CRM", true, "https://crm.example.org/in", List.of())))));

        assertThat(form.definition().automation().rules()).containsExactly(rule);
    }

    @Test
    void unknownFieldsStepsAndPlaceholdersRejected() {
        RuleDefinition rule = rule("Broken", new Trigger(TriggerKind.FIELD_CHANGED, 99, null, null, null, null),
                Condition.field(98, Condition.Operator.FILLED),
                setField(97, JsonNodeFactory.instance.textNode("x")),
                move(7),
                comment("Hello {Nobody}"));

        List<DefinitionProblem> problems = problemsOf(definition(rule));

        assertThat(problems).extracting(DefinitionProblem::code).containsExactly("rule_trigger_field_unknown",
                "rule_condition_unknown_field", "rule_action_field_unknown", "rule_action_step_unknown",
                "rule_placeholder_unknown");
        assertThat(problems.get(4).arguments()).containsExactly("Broken", "Nobody");
    }

    @Test
    void actionsWithoutTheirParametersRejected() {
        RuleDefinition rule = rule("Empty", Trigger.of(TriggerKind.COMMENT_ADDED), null,
                new Action(ActionKind.SET_FIELD, RouteFixtures.NOTE, null, null, null, null, null, null, null, null, null, null, null),
                Action.of(ActionKind.ASSIGN),
                assign(Assignees.role(-1)),
                assign(Assignees.personField(RouteFixtures.NOTE)),
                Action.of(ActionKind.COMMENT),
                email(List.of("nobody", "{Note}"), " ", "Hi"),
                webhook("missing"),
                Action.of(ActionKind.CREATE_TASK));

        List<DefinitionProblem> problems = problemsOf(definition(rule));

        assertThat(problems).extracting(DefinitionProblem::code).containsExactly("rule_action_value_missing",
                "rule_action_assignees_missing", "rule_action_role_unknown", "rule_action_person_field_invalid",
                "rule_action_template_missing", "rule_action_recipient_invalid", "rule_action_recipient_field_invalid",
                "rule_action_subject_missing", "rule_action_webhook_unknown", "rule_action_form_unknown");
    }

    @Test
    void repeatedIdsAndMissingNamesRejected() {
        RuleDefinition first = rule("Twice", Trigger.of(TriggerKind.TASK_CLOSED), null);
        RuleDefinition second = new RuleDefinition(first.id(), " ", true, Trigger.of(TriggerKind.TASK_CLOSED), null,
                List.of());

        List<DefinitionProblem> problems = problemsOf(definition(first, second));

        assertThat(problems).extracting(DefinitionProblem::code).containsExactly("rule_name_missing", "rule_id_duplicate");
        assertThat(problems.get(1).arguments()).containsExactly("#2", first.id());
    }

    @Test
    void catalogColumnOnTextFieldRejected() {
        RuleDefinition rule = rule("Column", Trigger.of(TriggerKind.TASK_CREATED),
                new Condition.FieldIs(RouteFixtures.NOTE, Condition.Operator.EQUALS, List.of("x"), "Тип"));

        List<DefinitionProblem> problems = problemsOf(definition(rule));

        assertThat(problems).extracting(DefinitionProblem::code).containsExactly("rule_condition_column_not_catalog");
    }

    @Test
    void everyProblemHasMessagesInBothLanguages() {
        List<String> codes = List.of("rule_name_missing", "rule_id_missing", "rule_id_duplicate", "rule_trigger_missing",
                "rule_trigger_field_unknown", "rule_trigger_step_unknown", "rule_trigger_decision_invalid",
                "rule_schedule_incomplete", "rule_condition_unknown_field", "rule_condition_column_not_catalog",
                "rule_condition_column_unknown", "rule_action_kind_missing", "rule_action_field_unknown",
                "rule_action_value_missing", "rule_action_assignees_missing", "rule_action_member_unknown",
                "rule_action_role_unknown", "rule_action_person_field_invalid", "rule_action_step_unknown",
                "rule_action_template_missing", "rule_placeholder_unknown", "rule_action_form_unknown",
                "rule_action_mapping_source_unknown", "rule_action_mapping_target_unknown",
                "rule_action_recipients_missing", "rule_action_recipient_invalid",
                "rule_action_recipient_field_invalid", "rule_action_subject_missing", "rule_action_webhook_unknown");
        for (String language : List.of("ru", "en")) {
            for (String code : codes) {
                String message = messages.getMessage("definition.problem." + code, new Object[] {"Sort", "X", "Y"}, null,
                        java.util.Locale.forLanguageTag(language));
                assertThat(message).as(language + " " + code).isNotNull().contains("Sort");
            }
        }
        String placeholder = messages.getMessage("definition.problem.rule_placeholder_unknown", new Object[] {"Sort", "Тема"},
                java.util.Locale.forLanguageTag("en"));
        assertThat(placeholder).contains("{Тема}");
    }

    private Form create(FormDefinition definition) {
        return forms.create(fixtures.org, "Rules " + UUID.randomUUID(), definition, null);
    }

    private List<DefinitionProblem> problemsOf(FormDefinition definition) {
        try {
            create(definition);
        } catch (FormDefinitionInvalid rejected) {
            return rejected.problems();
        }
        throw new AssertionError("The definition was published");
    }

    private static FormDefinition definition(RuleDefinition... rules) {
        RouteDefinition route = new RouteDefinition(List.of(RouteFixtures.step(1, "Check", null, Assignees.author())));
        return new FormDefinition(RouteFixtures.fields(), route).withAutomation(
                new AutomationDefinition(List.of(rules), List.of(), List.of()));
    }

    private static RuleDefinition rule(String name, Trigger trigger, Condition condition, Action... actions) {
        return new RuleDefinition("rule-" + UUID.randomUUID(), name, true, trigger, condition, List.of(actions));
    }

    private static Action assign(Assignees who) {
        return new Action(ActionKind.ASSIGN, null, null, null, null, who, null, null, null, null, null, null, null);
    }

    private static Action setField(int fieldId, tools.jackson.databind.JsonNode value) {
        return new Action(ActionKind.SET_FIELD, fieldId, value, null, null, null, null, null, null, null, null, null, null);
    }

    private static Action comment(String template) {
        return new Action(ActionKind.COMMENT, null, null, null, null, null, null, template, null, null, null, null, null);
    }

    private static Action email(List<String> to, String subject, String template) {
        return new Action(ActionKind.SEND_EMAIL, null, null, null, null, null, null, template, null, null, to, subject, null);
    }

    private static Action webhook(String webhookId) {
        return new Action(ActionKind.CALL_WEBHOOK, null, null, null, null, null, null, null, null, null, null, null,
                webhookId);
    }

    private static Action move(int step) {
        return new Action(ActionKind.MOVE_TO_STEP, null, null, null, null, null, step, null, null, null, null, null, null);
    }
}
