package io.potok.forms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import io.potok.forms.RouteDefinition.Step;

/**
 * The differences between two form versions: fields and steps added, removed and changed, with what changed in
 * each. Fields are matched by id, which stays the same across versions, and steps by number, which tasks
 * keep as their current step. Nested fields (table columns, fields of a section or of a choice) are
 * compared like top-level ones, so a column added to a table is an added field and the table itself is not
 * changed by it.
 *
 * @param fieldsAdded fields only the later version has, in its display order
 * @param fieldsRemoved fields only the earlier version has, in its display order
 * @param fieldsChanged fields both versions have with at least one difference, in the later version's order
 * @param stepsAdded steps only the later version has, by number
 * @param stepsRemoved steps only the earlier version has, by number
 * @param stepsChanged steps both versions have with at least one difference, by number
 */
public record FormComparison(List<PlacedField> fieldsAdded, List<PlacedField> fieldsRemoved,
                             List<FieldChange> fieldsChanged, List<Step> stepsAdded, List<Step> stepsRemoved,
                             List<StepChange> stepsChanged) {

    public FormComparison {
        fieldsAdded = List.copyOf(fieldsAdded);
        fieldsRemoved = List.copyOf(fieldsRemoved);
        fieldsChanged = List.copyOf(fieldsChanged);
        stepsAdded = List.copyOf(stepsAdded);
        stepsRemoved = List.copyOf(stepsRemoved);
        stepsChanged = List.copyOf(stepsChanged);
    }

    /**
     * Compares an earlier definition with a later one. Either may be any version; "added" means present only
     * in {@code after}.
     */
    public static FormComparison compare(FormDefinition before, FormDefinition after) {
        FieldPlacements placedBefore = FieldPlacements.of(before);
        FieldPlacements placedAfter = FieldPlacements.of(after);
        List<PlacedField> added = placedAfter.onlyHere(placedBefore);
        List<PlacedField> removed = placedBefore.onlyHere(placedAfter);
        List<FieldChange> changed = FieldDifferences.between(placedBefore, placedAfter);
        return new FormComparison(added, removed, changed, stepsOnlyIn(after, before), stepsOnlyIn(before, after),
                changedSteps(before.route(), after.route()));
    }

    /** Tells whether the two versions have the same fields and steps. */
    public boolean isEmpty() {
        return fieldsAdded.isEmpty() && fieldsRemoved.isEmpty() && fieldsChanged.isEmpty()
                && stepsAdded.isEmpty() && stepsRemoved.isEmpty() && stepsChanged.isEmpty();
    }

    private static List<Step> stepsOnlyIn(FormDefinition definition, FormDefinition other) {
        return definition.route().steps().stream()
                .filter(step -> other.route().step(step.number()).isEmpty())
                .sorted(Comparator.comparingInt(Step::number))
                .toList();
    }

    private static List<StepChange> changedSteps(RouteDefinition before, RouteDefinition after) {
        List<StepChange> changes = new ArrayList<>();
        after.steps().stream().sorted(Comparator.comparingInt(Step::number)).forEach(step ->
                before.step(step.number()).ifPresent(earlier -> {
                    Set<StepAspect> aspects = StepAspect.between(earlier, step);
                    if (!aspects.isEmpty()) {
                        changes.add(new StepChange(earlier, step, aspects));
                    }
                }));
        return changes;
    }

    /**
     * A field both versions have, with what differs.
     *
     * @param before the field in the earlier version
     * @param after the field in the later version
     * @param beforeParent the field that contains it in the earlier version (a table, section or choice field);
     *        null at the top level
     * @param afterParent the field that contains it in the later version; null at the top level
     * @param aspects what differs, never empty
     */
    public record FieldChange(FieldDefinition before, FieldDefinition after, FieldDefinition beforeParent,
                              FieldDefinition afterParent, Set<FieldAspect> aspects) {

        public FieldChange {
            aspects = Set.copyOf(aspects);
        }

        public boolean changed(FieldAspect aspect) {
            return aspects.contains(aspect);
        }
    }

    /**
     * A step both versions have, with what differs.
     *
     * @param before the step in the earlier version
     * @param after the step in the later version
     * @param aspects what differs, never empty
     */
    public record StepChange(Step before, Step after, Set<StepAspect> aspects) {

        public StepChange {
            aspects = Set.copyOf(aspects);
        }

        public boolean changed(StepAspect aspect) {
            return aspects.contains(aspect);
        }
    }

    /** The aspects in which two versions of one field can differ, in the order a comparison lists them. */
    public enum FieldAspect {
        NAME, CODE, TYPE, REQUIRED_STEP, READ_ONLY_STEP, OPTIONS, FORMULA, SETTINGS, DESCRIPTION, VISIBILITY,
        DEFAULT_VALUE, UNIQUE, IN_SUBJECT,
        /** The field moved to another section, table or choice, or to or from the top level. */
        SECTION,
        /** The field moved among the fields that stayed in the same section. */
        POSITION
    }

    /** The aspects in which two versions of one step can differ, in the order a comparison lists them. */
    public enum StepAspect {
        NAME, CONDITION, ASSIGNEES, REJECT_TARGET, DUE_TIME;

        static Set<StepAspect> between(Step before, Step after) {
            Set<StepAspect> aspects = java.util.EnumSet.noneOf(StepAspect.class);
            add(aspects, NAME, before.name(), after.name());
            add(aspects, CONDITION, before.condition(), after.condition());
            add(aspects, ASSIGNEES, before.assignees(), after.assignees());
            add(aspects, REJECT_TARGET, before.rejectToStep(), after.rejectToStep());
            add(aspects, DUE_TIME, before.dueHours(), after.dueHours());
            add(aspects, DUE_TIME, before.countsBusinessHours(), after.countsBusinessHours());
            return aspects;
        }

        private static void add(Set<StepAspect> aspects, StepAspect aspect, Object before, Object after) {
            if (!java.util.Objects.equals(before, after)) {
                aspects.add(aspect);
            }
        }
    }

    /**
     * A field added or removed, with where it sits.
     *
     * @param field the field
     * @param parent the table, section or choice field that contains it; null at the top level
     */
    public record PlacedField(FieldDefinition field, FieldDefinition parent) {
    }
}
