package io.potok.forms;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The differences between the automation of two form versions: rules, schedules and webhook subscriptions
 * added, removed and changed. Items are matched by their id, which stays the same across versions.
 *
 * @param changes every difference: removed items first, then changed, then added, each in the later
 *        version's order (removed ones in the earlier version's)
 */
public record AutomationComparison(List<Change> changes) {

    public AutomationComparison {
        changes = List.copyOf(changes);
    }

    /** Compares an earlier automation with a later one. */
    public static AutomationComparison compare(AutomationDefinition before, AutomationDefinition after) {
        List<Change> changes = new ArrayList<>();
        changes.addAll(between(Part.RULE, before.rules(), after.rules(), Items.RULES));
        changes.addAll(between(Part.SCHEDULE, before.schedules(), after.schedules(), Items.SCHEDULES));
        changes.addAll(between(Part.WEBHOOK, before.webhooks(), after.webhooks(), Items.WEBHOOKS));
        return new AutomationComparison(changes);
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    private static <T> List<Change> between(Part part, List<T> before, List<T> after, Items<T> items) {
        Map<String, T> earlier = before.stream().collect(Collectors.toMap(items.id, item -> item, (a, b) -> a));
        Map<String, T> later = after.stream().collect(Collectors.toMap(items.id, item -> item, (a, b) -> a));
        List<Change> changes = new ArrayList<>();
        before.stream().filter(item -> !later.containsKey(items.id.apply(item)))
                .forEach(item -> changes.add(new Change(part, Kind.REMOVED, item, null, Set.of())));
        for (T item : after) {
            T old = earlier.get(items.id.apply(item));
            if (old != null && !old.equals(item)) {
                changes.add(new Change(part, Kind.CHANGED, old, item, items.aspects(old, item)));
            }
        }
        after.stream().filter(item -> !earlier.containsKey(items.id.apply(item)))
                .forEach(item -> changes.add(new Change(part, Kind.ADDED, null, item, Set.of())));
        return changes;
    }

    /**
     * One rule, schedule or webhook subscription that differs.
     *
     * @param part which kind of item it is
     * @param kind added, removed or changed
     * @param before the item in the earlier version, null when added; a {@link RuleDefinition},
     *        {@link ScheduleDefinition} or {@link WebhookSubscription} as {@code part} says
     * @param after the item in the later version, null when removed
     * @param aspects for a changed item, what differs
     */
    public record Change(Part part, Kind kind, Object before, Object after, Set<Aspect> aspects) {

        public Change {
            aspects = aspects.isEmpty() ? Set.of() : Set.copyOf(aspects);
        }

        /** The item's name in the later version, or in the earlier one when it was removed. */
        public String name() {
            Object item = after != null ? after : before;
            if (item instanceof RuleDefinition rule) {
                return rule.name();
            }
            if (item instanceof ScheduleDefinition schedule) {
                return schedule.name();
            }
            return ((WebhookSubscription) item).name();
        }
    }

    /** The kinds of automation item. */
    public enum Part {
        RULE, SCHEDULE, WEBHOOK
    }

    /** The kind of difference: added, removed or changed. */
    public enum Kind {
        ADDED, REMOVED, CHANGED
    }

    /** The aspects in which two versions of one item can differ, in the order a comparison lists them. */
    public enum Aspect {
        NAME, ENABLED, TRIGGER, CONDITION, ACTIONS, TIMING, TASK, URL, EVENTS
    }

    /** One kind of item: how to find its id and the aspects two versions of it differ in. */
    private static final class Items<T> {

        static final Items<RuleDefinition> RULES = new Items<>(RuleDefinition::id, (a, b) -> aspects(
                differs(Aspect.NAME, a.name(), b.name()), differs(Aspect.ENABLED, a.enabled(), b.enabled()),
                differs(Aspect.TRIGGER, a.trigger(), b.trigger()),
                differs(Aspect.CONDITION, a.condition(), b.condition()),
                differs(Aspect.ACTIONS, a.actions(), b.actions())));
        static final Items<ScheduleDefinition> SCHEDULES = new Items<>(ScheduleDefinition::id, (a, b) -> aspects(
                differs(Aspect.NAME, a.name(), b.name()), differs(Aspect.ENABLED, a.enabled(), b.enabled()),
                differs(Aspect.TIMING, List.of(a.kind(), Objects.toString(a.recurrence()), Objects.toString(a.cadence())),
                        List.of(b.kind(), Objects.toString(b.recurrence()), Objects.toString(b.cadence()))),
                differs(Aspect.TASK, List.of(a.fields(), Objects.toString(a.responsible())),
                        List.of(b.fields(), Objects.toString(b.responsible())))));
        static final Items<WebhookSubscription> WEBHOOKS = new Items<>(WebhookSubscription::id, (a, b) -> aspects(
                differs(Aspect.NAME, a.name(), b.name()), differs(Aspect.ENABLED, a.enabled(), b.enabled()),
                differs(Aspect.URL, a.url(), b.url()), differs(Aspect.EVENTS, a.events(), b.events())));

        final Function<T, String> id;
        private final java.util.function.BiFunction<T, T, Set<Aspect>> aspects;

        private Items(Function<T, String> id, java.util.function.BiFunction<T, T, Set<Aspect>> aspects) {
            this.id = id;
            this.aspects = aspects;
        }

        Set<Aspect> aspects(T before, T after) {
            return aspects.apply(before, after);
        }

        private static Aspect differs(Aspect aspect, Object before, Object after) {
            return Objects.equals(before, after) ? null : aspect;
        }

        private static Set<Aspect> aspects(Aspect... found) {
            Set<Aspect> set = EnumSet.noneOf(Aspect.class);
            for (Aspect aspect : found) {
                if (aspect != null) {
                    set.add(aspect);
                }
            }
            return set;
        }
    }
}
