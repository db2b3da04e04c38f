package io.potok.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.potok.forms.AutomationComparison.Aspect;
import io.potok.forms.AutomationComparison.Change;
import io.potok.forms.AutomationComparison.Kind;
import io.potok.forms.AutomationComparison.Part;
import org.junit.jupiter.api.Test;

class AutomationComparisonTests {

    private static final RuleDefinition RULE = new RuleDefinition("r1", "Категория по теме", true,
            RuleDefinition.Trigger.of(RuleDefinition.TriggerKind.TASK_CREATED),
            Condition.field(1, Condition.Operator.CONTAINS, "1С"),
            List.of(RuleDefinition.Action.of(RuleDefinition.ActionKind.ASSIGN)));
    private static final ScheduleDefinition MONTHLY = new ScheduleDefinition("s1", "Отчёт", true,
            ScheduleDefinition.Kind.RECURRING, new Recurrence(Recurrence.Frequency.MONTHLY, LocalDate.of(2027, 1, 31),
            null, null, 31, null, null), List.of(), null, null);

    @Test
    void matchesItemsByIdAndNamesWhatChanged() {
        RuleDefinition renamedAndDisabled = new RuleDefinition("r1", "Категория по теме и тексту", false,
                RULE.trigger(), RULE.condition(), RULE.actions());
        AutomationDefinition before = new AutomationDefinition(List.of(RULE), List.of(MONTHLY), List.of());
        AutomationDefinition after = new AutomationDefinition(List.of(renamedAndDisabled), List.of(), List.of());

        List<Change> changes = AutomationComparison.compare(before, after).changes();

        assertThat(changes).extracting(Change::part, Change::kind, Change::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(Part.RULE, Kind.CHANGED, "Категория по теме и тексту"),
                org.assertj.core.groups.Tuple.tuple(Part.SCHEDULE, Kind.REMOVED, "Отчёт"));
        assertThat(changes.get(0).aspects()).containsExactlyInAnyOrder(Aspect.NAME, Aspect.ENABLED);
    }

    @Test
    void sameAutomationHasNoDifferences() {
        AutomationDefinition automation = new AutomationDefinition(List.of(RULE), List.of(MONTHLY), List.of());

        assertThat(AutomationComparison.compare(automation, automation).isEmpty()).isTrue();
    }

    @Test
    void addedWebhookIsListed() {
        WebhookSubscription hook = new WebhookSubscription("w1", "ERP", true, "http://127.0.0.1:9/hook", List.of());

        List<Change> changes = AutomationComparison.compare(AutomationDefinition.NONE,
                AutomationDefinition.NONE.withWebhooks(List.of(hook))).changes();

        assertThat(changes).singleElement().satisfies(change -> {
            assertThat(change.kind()).isEqualTo(Kind.ADDED);
            assertThat(change.after()).isEqualTo(hook);
        });
    }
}
