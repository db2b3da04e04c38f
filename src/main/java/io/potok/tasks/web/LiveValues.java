package io.potok.tasks.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValueInvalid;
import io.potok.forms.FieldValues;
import io.potok.forms.FieldValues.ValuesChange;
import io.potok.forms.FieldVisibility;
import io.potok.forms.Form;
import io.potok.forms.FormulaFailed;
import io.potok.forms.TaskFacts;
import io.potok.identity.CurrentMember;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Computes what a task form shows while it is filled, from the inputs as posted: the values after
 * {@link FieldValues#apply} (defaults, line totals, sums and formulas included), the hidden fields and the
 * texts of computed fields. Nothing is saved. A value that does not parse yet, such as a half-typed number,
 * is left out rather than rejected, so the rest of the form still updates.
 */
@Component
class LiveValues {

    private final FieldValues fieldValues;
    private final Tasks tasks;
    private final MessageSource messages;

    LiveValues(FieldValues fieldValues, Tasks tasks, MessageSource messages) {
        this.fieldValues = fieldValues;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** Returns the values a new task would start with, given the inputs of the new-task page. */
    ObjectNode newTask(CurrentMember member, Form form, List<JsonNode> updates) {
        return newTask(member, form, updates, failure -> { });
    }

    /**
     * Returns the values a new task would start with, and hands a formula that fails on them to
     * {@code onFailure}.
     */
    ObjectNode newTask(CurrentMember member, Form form, List<JsonNode> updates, Consumer<FormulaFailed> onFailure) {
        return tolerant(form, updates, kept -> fieldValues.applyToNew(member.orgId(), form, kept), onFailure);
    }

    /** Returns the values the task would have after the updates of the task page. */
    ObjectNode task(CurrentMember member, TaskView task, Form form, List<JsonNode> updates) {
        return task(member, task, form, updates, failure -> { });
    }

    /**
     * Returns the values the task would have after the updates of the task page, and hands a formula that
     * fails on them to {@code onFailure}.
     */
    ObjectNode task(CurrentMember member, TaskView task, Form form, List<JsonNode> updates,
                    Consumer<FormulaFailed> onFailure) {
        return tolerant(form, updates, kept -> tasks.preview(member, task.id(), kept), onFailure);
    }

    /**
     * Returns the hidden fields and computed texts of the values, as the live endpoints send them.
     *
     * @param posted the inputs as posted, to find the page's row numbers of table rows
     */
    LiveForm state(CurrentMember member, Form form, ObjectNode values, TaskFacts facts, FieldInput posted,
                   List<FormulaFailed> failures) {
        FieldInput shown = RenderedValues.input(fieldValues.render(member.orgId(), form, values, facts), member.zone());
        Map<Integer, String> computed = new LinkedHashMap<>();
        FieldUpdates.storedFields(form.definition())
                .filter(LiveValues::isComputed)
                .forEach(field -> computed.put(field.id(), shown.value(field.id())));
        return new LiveForm(FieldVisibility.hidden(form.definition(), values), computed,
                computedCells(form, posted, shown, member), errors(form, failures));
    }

    /** Returns the message of each failed formula by the id of the field it sits in (its table, for a column). */
    private Map<Integer, String> errors(Form form, List<FormulaFailed> failures) {
        Map<Integer, String> errors = new LinkedHashMap<>();
        for (FormulaFailed failure : failures) {
            String message = messages.getMessage(failure.messageKey(), failure.arguments(),
                    LocaleContextHolder.getLocale());
            errors.putAll(FieldErrors.byField(form.definition(), failure, message));
        }
        return errors;
    }

    /**
     * Returns the text of every computed table cell by the element id the page gives it. The n-th posted row
     * that is stored is the n-th stored row, because updates keep the order of the rows.
     */
    private static Map<String, String> computedCells(Form form, FieldInput posted, FieldInput shown,
                                                     CurrentMember member) {
        Map<String, String> cells = new LinkedHashMap<>();
        form.definition().allFields().filter(field -> field.type() == FieldType.TABLE).forEach(table -> {
            List<FieldInput.Row> postedRows = FieldUpdates.storedRows(table, posted, member.zone());
            List<FieldInput.Row> shownRows = shown.rows(table.id());
            for (int index = 0; index < Math.min(postedRows.size(), shownRows.size()); index++) {
                for (FieldDefinition column : table.fields()) {
                    if (isComputed(column)) {
                        cells.put(cellId(table, postedRows.get(index), column), shown.cell(shownRows.get(index), column.id()));
                    }
                }
            }
        });
        return cells;
    }

    private static String cellId(FieldDefinition table, FieldInput.Row row, FieldDefinition column) {
        return "field-" + table.id() + "-" + row.number() + "-" + column.id();
    }

    private static boolean isComputed(FieldDefinition field) {
        return field.info().computesValue();
    }

    /**
     * Applies the updates. While a value is rejected, the update of its field is left out and the rest is
     * applied again. When no update can be left out, the result is the values without updates.
     */
    private static ObjectNode tolerant(Form form, List<JsonNode> updates, Function<List<JsonNode>, ValuesChange> apply,
                                       Consumer<FormulaFailed> onFailure) {
        List<JsonNode> kept = new ArrayList<>(updates);
        while (true) {
            try {
                return apply.apply(kept).values();
            } catch (FormulaFailed failed) {
                onFailure.accept(failed);
                return failed.computedValues() == null ? apply.apply(List.of()).values() : failed.computedValues();
            } catch (FieldValueInvalid rejected) {
                Optional<Integer> fieldId = FieldErrors.fieldOf(form.definition(), rejected);
                boolean removed = fieldId.isPresent()
                        && kept.removeIf(update -> update.path("id").asInt() == fieldId.get());
                if (!removed) {
                    return apply.apply(List.of()).values();
                }
            }
        }
    }

    /**
     * The response of {@code POST /forms/{formId}/live} and {@code POST /tasks/{taskId}/live}.
     *
     * @param hidden the ids of the fields to hide, nested ones included
     * @param computed the text each computed field shows, by field id; empty text for no value
     * @param cells the text each computed table cell shows, by the cell's element id
     * @param errors the message of each formula that fails on the values, by field id
     */
    record LiveForm(Set<Integer> hidden, Map<Integer, String> computed, Map<String, String> cells,
                    Map<Integer, String> errors) {
    }
}
