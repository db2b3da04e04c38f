package io.potok.forms.web;

import java.util.ArrayList;
import java.util.List;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FormComparison;
import io.potok.forms.FormComparison.FieldAspect;
import io.potok.forms.FormComparison.FieldChange;
import io.potok.forms.FormComparison.PlacedField;
import io.potok.forms.FormComparison.StepAspect;
import io.potok.forms.FormComparison.StepChange;
import io.potok.forms.FormDefinition;
import io.potok.forms.RouteDefinition.Step;

/**
 * Turns a {@link FormComparison} into the rows of the comparison page: removed, changed and added fields,
 * then steps, each with the text of both versions side by side.
 */
final class ComparisonRows {

    private final DefinitionText text;
    private final FormDefinition before;
    private final FormDefinition after;

    ComparisonRows(DefinitionText text, FormDefinition before, FormDefinition after) {
        this.text = text;
        this.before = before;
        this.after = after;
    }

    List<DiffRow> fields(FormComparison comparison) {
        List<DiffRow> rows = new ArrayList<>();
        comparison.fieldsRemoved().forEach(placed -> rows.add(new DiffRow("removed", placed.field().name(),
                fieldSummary(placed, before, true))));
        comparison.fieldsChanged().forEach(change -> rows.add(new DiffRow("changed", change.after().name(),
                changedField(change))));
        comparison.fieldsAdded().forEach(placed -> rows.add(new DiffRow("added", placed.field().name(),
                fieldSummary(placed, after, false))));
        return rows;
    }

    List<DiffRow> steps(FormComparison comparison) {
        List<DiffRow> rows = new ArrayList<>();
        comparison.stepsRemoved().forEach(step -> rows.add(new DiffRow("removed", stepTitle(step),
                stepSummary(step, before, true))));
        comparison.stepsChanged().forEach(change -> rows.add(new DiffRow("changed", stepTitle(change.after()),
                changedStep(change))));
        comparison.stepsAdded().forEach(step -> rows.add(new DiffRow("added", stepTitle(step),
                stepSummary(step, after, false))));
        return rows;
    }

    private List<DiffRow.Line> fieldSummary(PlacedField placed, FormDefinition definition, boolean earlier) {
        FieldDefinition field = placed.field();
        List<DiffRow.Line> lines = new ArrayList<>();
        lines.add(line("type", text.type(field.type()), earlier));
        lines.add(line("section", text.place(placed.parent()), earlier));
        if (field.requiredStep() != null) {
            lines.add(line("required_step", text.stepFrom(field.requiredStep(), "formVersions.notRequired"), earlier));
        }
        if (field.visibleWhen() != null) {
            lines.add(line("visibility", text.condition(field.visibleWhen(), definition), earlier));
        }
        return lines;
    }

    private List<DiffRow.Line> changedField(FieldChange change) {
        FieldDefinition old = change.before();
        FieldDefinition now = change.after();
        List<DiffRow.Line> lines = new ArrayList<>();
        for (FieldAspect aspect : FieldAspect.values()) {
            if (change.changed(aspect)) {
                lines.add(new DiffRow.Line(label(aspect.name()), fieldAspect(aspect, old, change.beforeParent(), before),
                        fieldAspect(aspect, now, change.afterParent(), after)));
            }
        }
        return lines;
    }

    private String fieldAspect(FieldAspect aspect, FieldDefinition field, FieldDefinition parent,
                               FormDefinition definition) {
        switch (aspect) {
            case NAME: return field.name();
            case CODE: return text.orNone(field.code());
            case TYPE: return text.type(field.type());
            case REQUIRED_STEP: return text.stepFrom(field.requiredStep(), "formVersions.notRequired");
            case READ_ONLY_STEP: return text.stepFrom(field.immutableStep(), "formVersions.editable");
            case OPTIONS: return text.options(field);
            case FORMULA: return text.orNone(field.info().formula());
            case SETTINGS: return text.settings(field, definition);
            case DESCRIPTION: return text.orNone(field.description());
            case VISIBILITY: return text.condition(field.visibleWhen(), definition);
            case DEFAULT_VALUE: return field.defaultValue() == null ? text.t("formVersions.none")
                    : field.defaultValue().toString();
            case UNIQUE: return text.yesNo(field.isUnique());
            case IN_SUBJECT: return text.yesNo(field.isInSubject());
            case SECTION: return text.place(parent);
            case POSITION: return text.t("formVersions.positionIn", String.valueOf(position(field, parent, definition)));
            default: throw new IllegalArgumentException("Unknown field aspect " + aspect);
        }
    }

    /** Returns the field's 1-based position among the fields of its parent (or of the form's top level). */
    private static int position(FieldDefinition field, FieldDefinition parent, FormDefinition definition) {
        List<FieldDefinition> siblings = parent == null ? definition.fields() : new ArrayList<>(parent.fields());
        if (parent != null) {
            parent.info().options().forEach(option -> siblings.addAll(option.fields()));
        }
        for (int i = 0; i < siblings.size(); i++) {
            if (siblings.get(i).id() == field.id()) {
                return i + 1;
            }
        }
        return 0;
    }

    private List<DiffRow.Line> stepSummary(Step step, FormDefinition definition, boolean earlier) {
        List<DiffRow.Line> lines = new ArrayList<>();
        lines.add(line("step.condition", text.condition(step.condition(), definition), earlier));
        lines.add(line("step.assignees", text.assignees(step, definition), earlier));
        return lines;
    }

    private List<DiffRow.Line> changedStep(StepChange change) {
        List<DiffRow.Line> lines = new ArrayList<>();
        for (StepAspect aspect : StepAspect.values()) {
            if (change.changed(aspect)) {
                lines.add(new DiffRow.Line(label("step." + aspect.name()), stepAspect(aspect, change.before(), before),
                        stepAspect(aspect, change.after(), after)));
            }
        }
        return lines;
    }

    private String stepAspect(StepAspect aspect, Step step, FormDefinition definition) {
        switch (aspect) {
            case NAME: return step.name();
            case CONDITION: return text.condition(step.condition(), definition);
            case ASSIGNEES: return text.assignees(step, definition);
            case REJECT_TARGET: return text.rejectTarget(step, definition);
            case DUE_TIME: return text.dueTime(step);
            default: throw new IllegalArgumentException("Unknown step aspect " + aspect);
        }
    }

    private String stepTitle(Step step) {
        return step.number() + ". " + step.name();
    }

    private DiffRow.Line line(String aspect, String value, boolean earlier) {
        String label = label(aspect);
        return earlier ? new DiffRow.Line(label, value, "") : new DiffRow.Line(label, "", value);
    }

    private String label(String aspect) {
        return text.t("formVersions.aspect." + aspect.toLowerCase(java.util.Locale.ROOT));
    }
}
