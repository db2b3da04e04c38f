package io.potok.forms;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FormComparison.FieldAspect;
import io.potok.forms.FormComparison.FieldChange;

/**
 * Finds what differs between the two versions of each field both definitions have. A field's own aspects
 * leave out the fields it contains, which are compared on their own.
 */
final class FieldDifferences {

    private FieldDifferences() {
    }

    static List<FieldChange> between(FieldPlacements before, FieldPlacements after) {
        Set<Integer> moved = movedWithinParent(before, after);
        List<FieldChange> changes = new ArrayList<>();
        for (FieldDefinition field : after.fields()) {
            FieldDefinition earlier = before.field(field.id());
            if (earlier == null) {
                continue;
            }
            Set<FieldAspect> aspects = aspects(earlier, field);
            FieldPlacements.Place from = before.place(field.id());
            FieldPlacements.Place to = after.place(field.id());
            if (!from.sameAs(to)) {
                aspects.add(FieldAspect.SECTION);
            } else if (moved.contains(field.id())) {
                aspects.add(FieldAspect.POSITION);
            }
            if (!aspects.isEmpty()) {
                changes.add(new FieldChange(earlier, field, from.parent(), to.parent(), aspects));
            }
        }
        return changes;
    }

    static Set<FieldAspect> aspects(FieldDefinition before, FieldDefinition after) {
        Set<FieldAspect> aspects = EnumSet.noneOf(FieldAspect.class);
        add(aspects, FieldAspect.NAME, before.name(), after.name());
        add(aspects, FieldAspect.CODE, blankAsNull(before.code()), blankAsNull(after.code()));
        add(aspects, FieldAspect.TYPE, before.type(), after.type());
        add(aspects, FieldAspect.REQUIRED_STEP, before.requiredStep(), after.requiredStep());
        add(aspects, FieldAspect.READ_ONLY_STEP, before.immutableStep(), after.immutableStep());
        add(aspects, FieldAspect.OPTIONS, choices(before), choices(after));
        add(aspects, FieldAspect.FORMULA, blankAsNull(before.info().formula()), blankAsNull(after.info().formula()));
        add(aspects, FieldAspect.SETTINGS, otherSettings(before), otherSettings(after));
        add(aspects, FieldAspect.DESCRIPTION, blankAsNull(before.description()), blankAsNull(after.description()));
        add(aspects, FieldAspect.VISIBILITY, before.visibleWhen(), after.visibleWhen());
        add(aspects, FieldAspect.DEFAULT_VALUE, before.defaultValue(), after.defaultValue());
        add(aspects, FieldAspect.UNIQUE, before.isUnique(), after.isUnique());
        add(aspects, FieldAspect.IN_SUBJECT, before.isInSubject(), after.isInSubject());
        return aspects;
    }

    private static void add(Set<FieldAspect> aspects, FieldAspect aspect, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            aspects.add(aspect);
        }
    }

    private static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    /** Returns the choices as id and label, without the fields shown under them. */
    private static List<ChoiceOption> choices(FieldDefinition field) {
        return field.info().options().stream().map(option -> new ChoiceOption(option.id(), option.value())).toList();
    }

    /** Returns the settings other than choices and formula, which have aspects of their own. */
    private static FieldSettings otherSettings(FieldDefinition field) {
        FieldSettings info = field.info();
        return new FieldSettings(info.isMultiline() ? true : null, info.decimalPlaces(), List.of(),
                info.allowsSeveralChoices() ? true : null, info.catalogId(), info.text(), info.computed(), null,
                info.linkedFormId(), info.pickingOrNone().equals(FieldSettings.CatalogPicking.NONE) ? null : info.picking());
    }

    /**
     * Returns the fields that changed order among the fields staying under the same parent. The fields of the
     * longest common subsequence of the two orders kept their place; every other one moved. So inserting or
     * removing a field moves nothing else, and swapping two fields moves one of them.
     */
    private static Set<Integer> movedWithinParent(FieldPlacements before, FieldPlacements after) {
        Set<Integer> moved = new HashSet<>();
        Set<FieldPlacements.Place> parents = new java.util.LinkedHashSet<>();
        after.fields().forEach(field -> parents.add(after.place(field.id())));
        for (FieldPlacements.Place parent : parents) {
            List<Integer> order = staying(after, before, parent);
            List<Integer> earlierOrder = staying(before, after, parent);
            Set<Integer> kept = new HashSet<>(LongestCommonSubsequence.of(earlierOrder, order));
            order.stream().filter(id -> !kept.contains(id)).forEach(moved::add);
        }
        return moved;
    }

    /** Returns the ids under the parent in this definition that sit under the same parent in the other one. */
    private static List<Integer> staying(FieldPlacements here, FieldPlacements other, FieldPlacements.Place parent) {
        return here.fields().stream()
                .map(FieldDefinition::id)
                .filter(id -> here.place(id).sameAs(parent))
                .filter(id -> other.contains(id) && other.place(id).sameAs(parent))
                .toList();
    }
}
