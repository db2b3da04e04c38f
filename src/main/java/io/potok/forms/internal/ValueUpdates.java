package io.potok.forms.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Stream;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FieldValues.FieldChange;
import io.potok.forms.FieldValues.ValuesChange;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.potok.forms.internal.Rejections.invalid;

/**
 * Applies field objects in the API's write shape to a copy of a task's stored values.
 */
final class ValueUpdates {

    /** Treats numbers as equal by value, so 2.5 read back from the database equals a stored 2.50. */
    private static final Comparator<JsonNode> SAME_VALUE = (left, right) -> {
        if (left.isNumber() && right.isNumber()) {
            return left.decimalValue().compareTo(right.decimalValue());
        }
        return left.equals(right) ? 0 : 1;
    };

    private final ValueParser parser;
    private final TableValues tables;
    private final LongFunction<LocalDate> today;
    private final ColumnCopies copies;
    private final FilterChecks filters;

    /**
     * @param today the current date in an organisation's time zone, by organisation id, for {@code today()} in
     *        formulas
     * @param copies copies the columns of newly picked catalog items into other fields
     * @param filters rejects catalog items that their field's filters exclude
     */
    ValueUpdates(ValueParser parser, LongFunction<LocalDate> today, ColumnCopies copies, FilterChecks filters) {
        this.parser = parser;
        this.tables = new TableValues(parser);
        this.today = today;
        this.copies = copies;
        this.filters = filters;
    }

    ValuesChange apply(long orgId, Form form, ObjectNode current, List<JsonNode> updates) {
        ObjectNode values = current.deepCopy();
        NamedFields named = new NamedFields();
        for (JsonNode update : updates) {
            applyOne(orgId, form.definition(), update, values, named);
        }

        copies.copy(orgId, form.definition(), current, values, named);
        filters.check(orgId, form.definition(), current, values);

        Computations.recompute(form.definition(), values, () -> today.apply(orgId));
        return new ValuesChange(values, changes(form.definition(), current, values));
    }

    /**
     * Applies the updates to an empty task after the default values of the fields the updates do not name.
     */
    ValuesChange applyToNew(long orgId, Form form, ObjectNode empty, List<JsonNode> updates) {
        List<JsonNode> all = new ArrayList<>(defaults(form.definition(), updates));
        all.addAll(updates);
        return apply(orgId, form, empty, all);
    }

    private static List<JsonNode> defaults(FormDefinition form, List<JsonNode> updates) {
        List<FieldReference> named = updates.stream()
                .map(update -> update != null && update.isObject() ? FieldReference.of(update) : Optional.<FieldReference>empty())
                .flatMap(Optional::stream)
                .toList();
        return storedFields(form)
                .filter(field -> field.defaultValue() != null && !field.defaultValue().isNull())
                .filter(field -> !isReadOnly(field) && !field.info().hasFormula())
                .filter(field -> named.stream().noneMatch(reference -> reference.matches().test(field)))
                .map(ValueUpdates::defaultUpdate)
                .toList();
    }

    private static JsonNode defaultUpdate(FieldDefinition field) {
        ObjectNode update = JsonNodeFactory.instance.objectNode();
        update.put("id", field.id());
        update.set("value", field.defaultValue().deepCopy());
        return update;
    }

    /**
     * Returns the fields stored at the top level of the values, in form order: top-level fields, the fields
     * titles group and the fields shown under multiple_choice options, but not table columns.
     */
    static Stream<FieldDefinition> storedFields(FormDefinition form) {
        return form.fields().stream().flatMap(ValueUpdates::withNestedFields);
    }

    private static Stream<FieldDefinition> withNestedFields(FieldDefinition field) {
        Stream<FieldDefinition> titleChildren = field.type() == FieldType.TITLE ? field.fields().stream() : Stream.empty();
        Stream<FieldDefinition> optionFields = field.info().options().stream().flatMap(option -> option.fields().stream());
        return Stream.concat(Stream.of(field),
                Stream.concat(titleChildren, optionFields).flatMap(ValueUpdates::withNestedFields));
    }

    private void applyOne(long orgId, FormDefinition form, JsonNode update, ObjectNode values, NamedFields named) {
        FieldDefinition field = resolve(form, update);
        named.field(field.id());
        JsonNode value = update.get("value");
        if (isReadOnly(field)) {
            throw invalid("read_only", field, value);
        }

        String key = String.valueOf(field.id());
        JsonNode parsed = field.type() == FieldType.TABLE
                ? tables.apply(orgId, field, value, values.get(key), named)
                : parser.parse(orgId, field, value, values.get(key));
        if (parsed == null) {
            values.remove(key);
        } else {
            values.set(key, parsed);
        }
    }

    private static FieldDefinition resolve(FormDefinition form, JsonNode update) {
        if (update == null || !update.isObject()) {
            throw invalid("no_field_reference", "", Rejections.shown(update));
        }
        FieldReference reference = FieldReference.of(update)
                .orElseThrow(() -> invalid("no_field_reference", "", Rejections.shown(update.get("value"))));
        List<FieldDefinition> stored = storedFields(form).toList();
        return reference.findIn(stored).orElseThrow(() -> unknown(form, reference, update));
    }

    private static RuntimeException unknown(FormDefinition form, FieldReference reference, JsonNode update) {
        String value = Rejections.shown(update.get("value"));
        boolean isColumn = form.allFields().anyMatch(reference.matches());
        return isColumn
                ? invalid("column_outside_table", reference.text(), value)
                : invalid("unknown_field", reference.text(), value);
    }

    /** Tells whether Potok sets the value: read-only types, titles, and computed fields. */
    static boolean isReadOnly(FieldDefinition field) {
        return field.type().isReadOnly() || field.type() == FieldType.TITLE || field.info().computesValue();
    }

    private static List<FieldChange> changes(FormDefinition form, ObjectNode before, ObjectNode after) {
        List<FieldChange> changes = new ArrayList<>();
        storedFields(form).forEach(field -> {
            String key = String.valueOf(field.id());
            JsonNode oldValue = before.get(key);
            JsonNode newValue = after.get(key);
            if (!same(oldValue, newValue)) {
                changes.add(new FieldChange(field, oldValue, newValue));
            }
        });
        return changes;
    }

    private static boolean same(JsonNode left, JsonNode right) {
        if (ValueParser.isEmpty(left) || ValueParser.isEmpty(right)) {
            return ValueParser.isEmpty(left) == ValueParser.isEmpty(right);
        }
        return left.equals(SAME_VALUE, right);
    }
}
