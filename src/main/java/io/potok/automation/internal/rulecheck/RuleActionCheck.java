package io.potok.automation.internal.rulecheck;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RuleDefinition.Action;
import io.potok.forms.RuleDefinition.FieldMapping;
import io.potok.identity.Members;
import io.potok.identity.Role;

/**
 * Checks that each action of a rule has what its kind needs, adding a problem that names the rule and the
 * missing or unknown value. One instance checks the rules of one definition.
 */
final class RuleActionCheck {

    /** Recipients an email action may name besides addresses and placeholders. */
    private static final Set<String> ROLE_RECIPIENTS = Set.of("author", "responsible");
    private static final Set<FieldType> RECIPIENT_FIELD_TYPES = Set.of(FieldType.PERSON, FieldType.EMAIL);
    private static final Pattern ADDRESS = Pattern.compile("[^@\\s{}]+@[^@\\s{}]+");
    private static final Pattern PLACEHOLDER_ONLY = Pattern.compile("\\{[^{}]+}");

    private final long orgId;
    private final Long formId;
    private final FormDefinition definition;
    private final Members members;
    private final Forms forms;
    private final List<DefinitionProblem> problems;

    RuleActionCheck(long orgId, Long formId, FormDefinition definition, Members members, Forms forms,
                    List<DefinitionProblem> problems) {
        this.orgId = orgId;
        this.formId = formId;
        this.definition = definition;
        this.members = members;
        this.forms = forms;
        this.problems = problems;
    }

    void check(Action action, String rule) {
        if (action.kind() == null) {
            problems.add(DefinitionProblem.of("rule_action_kind_missing", rule));
            return;
        }
        switch (action.kind()) {
            case SET_FIELD -> checkSetField(action, rule);
            case ASSIGN, ADD_SUBSCRIBERS, REMOVE_SUBSCRIBERS -> checkAssignees(action.assignees(), rule);
            case MOVE_TO_STEP -> checkStep(action, rule);
            case COMMENT -> checkTemplate(action.template(), rule);
            case CREATE_TASK -> checkCreateTask(action, rule);
            case SEND_EMAIL -> checkEmail(action, rule);
            case CALL_WEBHOOK -> checkWebhook(action, rule);
            default -> {
            }
        }
    }

    private void checkSetField(Action action, String rule) {
        Optional<FieldDefinition> field = action.fieldId() == null ? Optional.empty() : definition.field(action.fieldId());
        if (field.isEmpty()) {
            problems.add(DefinitionProblem.of("rule_action_field_unknown", rule, String.valueOf(action.fieldId())));
            return;
        }
        Object value = action.value() == null || action.value().isNull() ? null : action.value();
        long sources = Stream.of(value, action.sourceFieldId(), blankToNull(action.formula()))
                .filter(source -> source != null).count();
        if (sources != 1) {
            problems.add(DefinitionProblem.of("rule_action_value_missing", rule, field.get().name()));
        }
        if (action.sourceFieldId() != null && definition.field(action.sourceFieldId()).isEmpty()) {
            problems.add(DefinitionProblem.of("rule_action_field_unknown", rule, String.valueOf(action.sourceFieldId())));
        }
    }

    private void checkAssignees(Assignees who, String rule) {
        if (who == null || who.kind() == null) {
            problems.add(DefinitionProblem.of("rule_action_assignees_missing", rule));
            return;
        }
        switch (who.kind()) {
            case MEMBERS, ALL_OF -> checkMembers(who.memberIds(), rule);
            case ROLE -> checkRole(who.roleId(), rule);
            case PERSON_FIELD -> checkPersonField(who.fieldId(), rule);
            default -> {
            }
        }
    }

    private void checkMembers(List<Long> memberIds, String rule) {
        if (memberIds.isEmpty()) {
            problems.add(DefinitionProblem.of("rule_action_assignees_missing", rule));
        }
        memberIds.stream().filter(memberId -> members.find(orgId, memberId).isEmpty())
                .forEach(memberId -> problems.add(DefinitionProblem.of("rule_action_member_unknown", rule, String.valueOf(memberId))));
    }

    private void checkRole(Long roleId, String rule) {
        boolean known = roleId != null && members.roles(orgId).stream().map(Role::id).anyMatch(roleId::equals);
        if (!known) {
            problems.add(DefinitionProblem.of("rule_action_role_unknown", rule, String.valueOf(roleId)));
        }
    }

    private void checkPersonField(Integer fieldId, String rule) {
        boolean person = fieldId != null && definition.field(fieldId).filter(field -> field.type() == FieldType.PERSON).isPresent();
        if (!person) {
            problems.add(DefinitionProblem.of("rule_action_person_field_invalid", rule, String.valueOf(fieldId)));
        }
    }

    private void checkStep(Action action, String rule) {
        if (action.step() == null || definition.route().step(action.step()).isEmpty()) {
            problems.add(DefinitionProblem.of("rule_action_step_unknown", rule, String.valueOf(action.step())));
        }
    }

    private void checkTemplate(String template, String rule) {
        if (template == null || template.isBlank()) {
            problems.add(DefinitionProblem.of("rule_action_template_missing", rule));
            return;
        }
        checkPlaceholders(template, rule);
    }

    private void checkPlaceholders(String text, String rule) {
        Placeholders.in(text).stream().filter(name -> Placeholders.field(definition, name).isEmpty())
                .forEach(name -> problems.add(DefinitionProblem.of("rule_placeholder_unknown", rule, name)));
    }

    private void checkCreateTask(Action action, String rule) {
        Optional<FormDefinition> target = targetDefinition(action.formId());
        if (target.isEmpty()) {
            problems.add(DefinitionProblem.of("rule_action_form_unknown", rule, String.valueOf(action.formId())));
            return;
        }
        for (FieldMapping pair : action.mapping()) {
            if (definition.field(pair.sourceFieldId()).isEmpty()) {
                problems.add(DefinitionProblem.of("rule_action_mapping_source_unknown", rule, pair.sourceFieldId()));
            }
            if (target.get().field(pair.targetFieldId()).isEmpty()) {
                problems.add(DefinitionProblem.of("rule_action_mapping_target_unknown", rule, pair.targetFieldId()));
            }
        }
    }

    /** Returns the definition a created task will have: this one when the rule creates a task on its own form. */
    private Optional<FormDefinition> targetDefinition(Long targetFormId) {
        if (targetFormId == null) {
            return Optional.empty();
        }
        if (targetFormId.equals(formId)) {
            return Optional.of(definition);
        }
        return forms.find(orgId, targetFormId).filter(form -> !form.archived()).map(Form::definition);
    }

    private void checkEmail(Action action, String rule) {
        if (action.to().isEmpty()) {
            problems.add(DefinitionProblem.of("rule_action_recipients_missing", rule));
        }
        action.to().forEach(recipient -> checkRecipient(recipient.strip(), rule));
        if (action.subject() == null || action.subject().isBlank()) {
            problems.add(DefinitionProblem.of("rule_action_subject_missing", rule));
        } else {
            checkPlaceholders(action.subject(), rule);
        }
        checkTemplate(action.template(), rule);
    }

    private void checkRecipient(String recipient, String rule) {
        if (ROLE_RECIPIENTS.contains(recipient.toLowerCase(Locale.ROOT)) || ADDRESS.matcher(recipient).matches()) {
            return;
        }
        if (!PLACEHOLDER_ONLY.matcher(recipient).matches()) {
            problems.add(DefinitionProblem.of("rule_action_recipient_invalid", rule, recipient));
            return;
        }
        String name = recipient.substring(1, recipient.length() - 1);
        boolean fits = Placeholders.field(definition, name).filter(field -> RECIPIENT_FIELD_TYPES.contains(field.type()))
                .isPresent();
        if (!fits) {
            problems.add(DefinitionProblem.of("rule_action_recipient_field_invalid", rule, name));
        }
    }

    private void checkWebhook(Action action, String rule) {
        if (action.webhookId() == null || definition.automation().webhook(action.webhookId()).isEmpty()) {
            problems.add(DefinitionProblem.of("rule_action_webhook_unknown", rule, String.valueOf(action.webhookId())));
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
