package io.potok.forms.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import io.potok.forms.Condition;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import org.springframework.context.MessageSource;

/**
 * Writes parts of a form definition as short translated text for the version comparison: field types,
 * settings, conditions, assignees and due times, with member, role and field names in place of ids.
 */
final class DefinitionText {

    private final MessageSource messages;
    private final Locale locale;
    private final Map<Long, String> memberNames;
    private final Map<Long, String> roleNames;

    DefinitionText(MessageSource messages, Locale locale, Map<Long, String> memberNames, Map<Long, String> roleNames) {
        this.messages = messages;
        this.locale = locale;
        this.memberNames = memberNames;
        this.roleNames = roleNames;
    }

    String t(String key, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    String type(FieldType type) {
        return t("fieldType." + type.wireName());
    }

    String stepFrom(Integer step, String noneKey) {
        return step == null ? t(noneKey) : t("formVersions.fromStep", String.valueOf(step));
    }

    String yesNo(boolean value) {
        return t(value ? "formVersions.yes" : "formVersions.no");
    }

    String orNone(String text) {
        return text == null || text.isBlank() ? t("formVersions.none") : text;
    }

    String options(FieldDefinition field) {
        return orNone(field.info().options().stream().map(ChoiceOption::value).collect(Collectors.joining(", ")));
    }

    /** Lists the settings other than choices and formula, such as decimal places or the catalog. */
    String settings(FieldDefinition field, FormDefinition definition) {
        FieldSettings info = field.info();
        List<String> parts = new java.util.ArrayList<>();
        if (info.isMultiline()) {
            parts.add(t("formVersions.setting.multiline"));
        }
        if (info.decimalPlaces() != null) {
            parts.add(t("formVersions.setting.decimals", String.valueOf(info.decimalPlaces())));
        }
        if (info.allowsSeveralChoices()) {
            parts.add(t("formVersions.setting.severalChoices"));
        }
        if (info.catalogId() != null) {
            parts.add(t("formVersions.setting.catalog", String.valueOf(info.catalogId())));
        }
        if (info.linkedFormId() != null) {
            parts.add(t("formVersions.setting.linkedForm", String.valueOf(info.linkedFormId())));
        }
        if (info.text() != null && !info.text().isBlank()) {
            parts.add(t("formVersions.setting.text", info.text()));
        }
        if (info.computed() != null) {
            parts.add(t("formVersions.setting.computed." + info.computed().operation(),
                    fieldNames(info.computed().fieldIds(), definition)));
        }
        return orNone(String.join("; ", parts));
    }

    String place(FieldDefinition parent) {
        return parent == null ? t("formVersions.topLevel") : t("formVersions.inside", parent.name());
    }

    String condition(Condition condition, FormDefinition definition) {
        if (condition == null) {
            return t("formVersions.always");
        }
        return conditionPart(condition, definition);
    }

    private String conditionPart(Condition condition, FormDefinition definition) {
        if (condition instanceof Condition.All all) {
            return joined(all.conditions(), definition, "formVersions.and");
        }
        if (condition instanceof Condition.Any any) {
            return joined(any.conditions(), definition, "formVersions.or");
        }
        Condition.FieldIs test = (Condition.FieldIs) condition;
        Optional<FieldDefinition> field = definition.field(test.fieldId());
        String name = field.map(FieldDefinition::name).orElse("#" + test.fieldId());
        String values = test.values().stream().map(value -> operand(field, value)).collect(Collectors.joining(", "));
        return t("formVersions.op." + test.operator().wireName(), name, values);
    }

    private String joined(List<Condition> conditions, FormDefinition definition, String linkKey) {
        String link = " " + t(linkKey) + " ";
        return "(" + conditions.stream().map(nested -> conditionPart(nested, definition))
                .collect(Collectors.joining(link)) + ")";
    }

    /** Shows a condition operand by its label: the choice name or member name where the id is one. */
    private String operand(Optional<FieldDefinition> field, String value) {
        if (field.isEmpty()) {
            return value;
        }
        if (field.get().type() == FieldType.MULTIPLE_CHOICE) {
            return field.get().info().options().stream().filter(option -> String.valueOf(option.id()).equals(value))
                    .map(ChoiceOption::value).findFirst().orElse(value);
        }
        if (field.get().type() == FieldType.PERSON && value.matches("\\d+")) {
            return memberNames.getOrDefault(Long.parseLong(value), value);
        }
        return value;
    }

    /** Writes the assignee rules in order, each with its condition, as the route engine tries them. */
    String assignees(Step step, FormDefinition definition) {
        if (step.assignees().isEmpty()) {
            return t("formVersions.none");
        }
        return step.assignees().stream().map(rule -> rule(rule, definition)).collect(Collectors.joining("; "));
    }

    private String rule(AssigneeRule rule, FormDefinition definition) {
        String who = who(rule.who(), definition);
        return rule.when() == null ? who : t("formVersions.ruleWhen", condition(rule.when(), definition), who);
    }

    String who(Assignees who, FormDefinition definition) {
        if (who == null || who.kind() == null) {
            return t("formVersions.none");
        }
        switch (who.kind()) {
            case MEMBERS:
                return t("formVersions.who.members", memberList(who.memberIds()));
            case ALL_OF:
                return t("formVersions.who.all_of", memberList(who.memberIds()));
            case ROLE:
                return t("formVersions.who.role", roleNames.getOrDefault(who.roleId(), "#" + who.roleId()));
            case PERSON_FIELD:
                return t("formVersions.who.person_field", definition.field(who.fieldId() == null ? -1 : who.fieldId())
                        .map(FieldDefinition::name).orElse("#" + who.fieldId()));
            case CATALOG_MEMBER:
                return t("formVersions.who.catalog_member", definition.field(who.fieldId() == null ? -1 : who.fieldId())
                        .map(FieldDefinition::name).orElse("#" + who.fieldId()), who.column());
            default:
                return t("formVersions.who." + who.kind().wireName());
        }
    }

    private String memberList(List<Long> ids) {
        return ids.stream().map(id -> memberNames.getOrDefault(id, "#" + id)).collect(Collectors.joining(", "));
    }

    String rejectTarget(Step step, FormDefinition definition) {
        if (step.rejectToStep() == null) {
            return t("formVersions.rejectCloses");
        }
        String name = definition.route().step(step.rejectToStep()).map(Step::name).orElse("");
        return t("formVersions.rejectTo", String.valueOf(step.rejectToStep()), name);
    }

    String dueTime(Step step) {
        if (step.dueHours() == null) {
            return t("formVersions.noDueTime");
        }
        String key = step.countsBusinessHours() ? "formVersions.dueBusinessHours" : "formVersions.dueHours";
        return t(key, String.valueOf(step.dueHours()));
    }

    private String fieldNames(List<Integer> ids, FormDefinition definition) {
        return ids.stream().map(id -> definition.field(id).map(FieldDefinition::name).orElse("#" + id))
                .collect(Collectors.joining(", "));
    }
}
