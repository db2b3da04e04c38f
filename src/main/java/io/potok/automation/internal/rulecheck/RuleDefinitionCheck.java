package io.potok.automation.internal.rulecheck;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.potok.catalogs.Catalogs;
import io.potok.forms.Condition;
import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.forms.RuleDefinition;
import io.potok.forms.RuleDefinition.Trigger;
import io.potok.identity.Members;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Checks a form's rules before the form is published: every rule has an id of its own and a name, its trigger
 * has what its kind needs, its conditions read fields and catalog columns that exist, and each action has
 * the parameters its kind needs ({@link RuleActionCheck}). Problems name the rule and the value that failed.
 */
@Component
class RuleDefinitionCheck implements DefinitionCheck {

    private static final Set<String> DECISIONS = Set.of("approved", "rejected");

    private final Catalogs catalogs;
    private final Members members;
    /** Looked up on use, because the forms store runs this check and so cannot be built before it. */
    private final ObjectProvider<Forms> forms;

    RuleDefinitionCheck(Catalogs catalogs, Members members, ObjectProvider<Forms> forms) {
        this.catalogs = catalogs;
        this.members = members;
        this.forms = forms;
    }

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        RuleActionCheck actions = new RuleActionCheck(orgId, formId, definition, members, forms.getObject(), problems);
        for (int index = 0; index < definition.automation().rules().size(); index++) {
            RuleDefinition rule = definition.automation().rules().get(index);
            String name = checkName(rule, index, ids, problems);
            checkTrigger(definition, rule.trigger(), name, problems);
            checkCondition(orgId, definition, rule.condition(), name, problems);
            rule.actions().forEach(action -> actions.check(action, name));
        }
        return problems;
    }

    /** Returns what problems call the rule: its name, or its position when it has none. */
    private static String checkName(RuleDefinition rule, int index, Set<String> ids, List<DefinitionProblem> problems) {
        String name = rule.name() == null || rule.name().isBlank() ? "#" + (index + 1) : rule.name().strip();
        if (rule.name() == null || rule.name().isBlank()) {
            problems.add(DefinitionProblem.of("rule_name_missing", index + 1));
        }
        if (rule.id() == null || rule.id().isBlank()) {
            problems.add(DefinitionProblem.of("rule_id_missing", name));
        } else if (!ids.add(rule.id())) {
            problems.add(DefinitionProblem.of("rule_id_duplicate", name, rule.id()));
        }
        return name;
    }

    private static void checkTrigger(FormDefinition definition, Trigger trigger, String rule,
                                     List<DefinitionProblem> problems) {
        if (trigger == null || trigger.kind() == null) {
            problems.add(DefinitionProblem.of("rule_trigger_missing", rule));
            return;
        }
        switch (trigger.kind()) {
            case FIELD_CHANGED -> {
                if (trigger.fieldId() == null || definition.field(trigger.fieldId()).isEmpty()) {
                    problems.add(DefinitionProblem.of("rule_trigger_field_unknown", rule, String.valueOf(trigger.fieldId())));
                }
            }
            case STEP_ENTERED, DECISION_MADE -> checkTriggerStep(definition, trigger, rule, problems);
            case SCHEDULE -> {
                if (trigger.schedule() == null || trigger.schedule().frequency() == null
                        || trigger.schedule().start() == null) {
                    problems.add(DefinitionProblem.of("rule_schedule_incomplete", rule));
                }
            }
            default -> {
            }
        }
    }

    private static void checkTriggerStep(FormDefinition definition, Trigger trigger, String rule,
                                         List<DefinitionProblem> problems) {
        if (trigger.step() != null && definition.route().step(trigger.step()).isEmpty()) {
            problems.add(DefinitionProblem.of("rule_trigger_step_unknown", rule, trigger.step()));
        }
        if (trigger.decision() != null && !DECISIONS.contains(trigger.decision())) {
            problems.add(DefinitionProblem.of("rule_trigger_decision_invalid", rule, trigger.decision()));
        }
    }

    private void checkCondition(long orgId, FormDefinition definition, Condition condition, String rule,
                                List<DefinitionProblem> problems) {
        if (condition instanceof Condition.All all) {
            all.conditions().forEach(child -> checkCondition(orgId, definition, child, rule, problems));
        } else if (condition instanceof Condition.Any any) {
            any.conditions().forEach(child -> checkCondition(orgId, definition, child, rule, problems));
        } else if (condition instanceof Condition.FieldIs fieldIs) {
            checkFieldCondition(orgId, definition, fieldIs, rule, problems);
        }
    }

    private void checkFieldCondition(long orgId, FormDefinition definition, Condition.FieldIs condition,
                                     String rule, List<DefinitionProblem> problems) {
        FieldDefinition field = definition.field(condition.fieldId()).orElse(null);
        if (field == null) {
            problems.add(DefinitionProblem.of("rule_condition_unknown_field", rule, String.valueOf(condition.fieldId())));
            return;
        }
        if (condition.column() == null || condition.column().isBlank()) {
            return;
        }
        Long catalogId = field.info().catalogId();
        if (field.type() != FieldType.CATALOG || catalogId == null) {
            problems.add(DefinitionProblem.of("rule_condition_column_not_catalog", rule, field.name(), condition.column()));
            return;
        }
        boolean known = catalogs.find(orgId, catalogId).filter(catalog -> catalog.columnIndex(condition.column()) >= 0)
                .isPresent();
        if (!known) {
            problems.add(DefinitionProblem.of("rule_condition_column_unknown", rule, field.name(), condition.column()));
        }
    }
}
