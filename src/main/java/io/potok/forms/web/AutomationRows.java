package io.potok.forms.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.potok.forms.AutomationComparison;
import io.potok.forms.AutomationComparison.Aspect;
import io.potok.forms.AutomationComparison.Change;
import io.potok.forms.FormDefinition;
import io.potok.forms.Recurrence;
import io.potok.forms.RuleDefinition;
import io.potok.forms.ScheduleDefinition;
import io.potok.forms.WebhookSubscription;

/**
 * Turns an {@link AutomationComparison} into rows of the comparison page: each rule, schedule and webhook
 * subscription that differs, with the text of both versions side by side.
 */
final class AutomationRows {

    private final DefinitionText text;
    private final FormDefinition before;
    private final FormDefinition after;

    AutomationRows(DefinitionText text, FormDefinition before, FormDefinition after) {
        this.text = text;
        this.before = before;
        this.after = after;
    }

    List<DiffRow> rows() {
        AutomationComparison comparison = AutomationComparison.compare(before.automation(), after.automation());
        return comparison.changes().stream().map(this::row).toList();
    }

    private DiffRow row(Change change) {
        String kind = change.kind().name().toLowerCase(Locale.ROOT);
        String title = text.t("formVersions.automation." + change.part().name().toLowerCase(Locale.ROOT),
                change.name());
        List<DiffRow.Line> lines = new ArrayList<>();
        for (Aspect aspect : shown(change)) {
            lines.add(new DiffRow.Line(text.t("formVersions.automation.aspect." + aspect.name().toLowerCase(Locale.ROOT)),
                    change.before() == null ? "" : describe(aspect, change.before(), before),
                    change.after() == null ? "" : describe(aspect, change.after(), after)));
        }
        return new DiffRow(kind, title, lines);
    }

    /** A changed item shows what differs; an added or removed one shows its main aspects. */
    private static List<Aspect> shown(Change change) {
        if (change.kind() == AutomationComparison.Kind.CHANGED) {
            return List.of(Aspect.values()).stream().filter(change.aspects()::contains).toList();
        }
        switch (change.part()) {
            case RULE: return List.of(Aspect.TRIGGER, Aspect.CONDITION, Aspect.ACTIONS);
            case SCHEDULE: return List.of(Aspect.TIMING);
            default: return List.of(Aspect.URL, Aspect.EVENTS);
        }
    }

    private String describe(Aspect aspect, Object item, FormDefinition definition) {
        if (item instanceof RuleDefinition rule) {
            return rule(aspect, rule, definition);
        }
        if (item instanceof ScheduleDefinition schedule) {
            return schedule(aspect, schedule, definition);
        }
        return webhook(aspect, (WebhookSubscription) item);
    }

    private String rule(Aspect aspect, RuleDefinition rule, FormDefinition definition) {
        switch (aspect) {
            case NAME: return rule.name();
            case ENABLED: return text.yesNo(rule.enabled());
            case TRIGGER: return rule.trigger() == null ? text.t("formVersions.none")
                    : text.t("formVersions.automation.trigger." + rule.trigger().kind().wireName());
            case CONDITION: return text.condition(rule.condition(), definition);
            case ACTIONS: return text.orNone(rule.actions().stream()
                    .map(action -> text.t("formVersions.automation.action." + action.kind().wireName()))
                    .collect(Collectors.joining(", ")));
            default: return "";
        }
    }

    private String schedule(Aspect aspect, ScheduleDefinition schedule, FormDefinition definition) {
        switch (aspect) {
            case NAME: return schedule.name();
            case ENABLED: return text.yesNo(schedule.enabled());
            case TIMING: return timing(schedule);
            case TASK: return text.who(schedule.responsible(), definition);
            default: return "";
        }
    }

    private String timing(ScheduleDefinition schedule) {
        if (schedule.kind() == ScheduleDefinition.Kind.PER_RECORD || schedule.recurrence() == null) {
            return text.t("formVersions.automation.cadence", schedule.cadence() == null ? ""
                    : schedule.cadence().cadenceColumn());
        }
        Recurrence recurrence = schedule.recurrence();
        return text.t("formVersions.automation.recurrence",
                text.t("formVersions.automation.frequency." + recurrence.frequency().wireName()),
                String.valueOf(recurrence.start()), String.valueOf(recurrence.time()));
    }

    private String webhook(Aspect aspect, WebhookSubscription webhook) {
        switch (aspect) {
            case NAME: return webhook.name();
            case ENABLED: return text.yesNo(webhook.enabled());
            case URL: return webhook.url();
            case EVENTS: return text.orNone(webhook.events().stream()
                    .map(event -> text.t("formVersions.automation.event." + event.wireName()))
                    .collect(Collectors.joining(", ")));
            default: return "";
        }
    }
}
