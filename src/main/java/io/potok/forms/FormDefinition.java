package io.potok.forms;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The document of one form version: its fields and its route. It is plain data, stored as JSON, so that a
 * designer can edit it and publish the result as the next version.
 *
 * @param fields top-level fields in display order; tables and titles hold their own fields
 * @param route the route tasks of this version follow
 * @param stock how order lines are checked against stock on hand and reserved, or null when the form does
 *        not deal with stock
 * @param automation the form's rules, schedules and webhook subscriptions; empty when there are none
 */
public record FormDefinition(List<FieldDefinition> fields, RouteDefinition route, StockRule stock,
                             @JsonInclude(value = JsonInclude.Include.CUSTOM,
                                     valueFilter = AutomationDefinition.OmittedWhenEmpty.class)
                             AutomationDefinition automation) {

    public FormDefinition {
        fields = fields == null ? List.of() : List.copyOf(fields);
        route = route == null ? RouteDefinition.NONE : route;
        automation = automation == null ? AutomationDefinition.NONE : automation;
    }

    public FormDefinition(List<FieldDefinition> fields, RouteDefinition route, StockRule stock) {
        this(fields, route, stock, AutomationDefinition.NONE);
    }

    public FormDefinition(List<FieldDefinition> fields, RouteDefinition route) {
        this(fields, route, null);
    }

    /** Returns this definition with another route; everything else stays. */
    public FormDefinition withRoute(RouteDefinition newRoute) {
        return new FormDefinition(fields, newRoute, stock, automation);
    }

    public FormDefinition withStock(StockRule rule) {
        return new FormDefinition(fields, route, rule, automation);
    }

    public FormDefinition withAutomation(AutomationDefinition newAutomation) {
        return new FormDefinition(fields, route, stock, newAutomation);
    }

    /**
     * Returns every field, nested ones included, depth first in display order.
     */
    public Stream<FieldDefinition> allFields() {
        return fields.stream().flatMap(FieldDefinition::flatten);
    }

    /**
     * Returns the fields whose values are stored at the top level of a task: top-level fields and the fields of
     * sections and of choice options, but not table columns, which live inside their table's rows.
     */
    public Stream<FieldDefinition> fieldsStoredAtTopLevel() {
        return fields.stream().flatMap(FormDefinition::storedAtTopLevel);
    }

    private static Stream<FieldDefinition> storedAtTopLevel(FieldDefinition field) {
        Stream<FieldDefinition> nested = field.type() == FieldType.TABLE ? Stream.empty() : field.fields().stream();
        Stream<FieldDefinition> optionFields = field.info().options().stream().flatMap(option -> option.fields().stream());
        return Stream.concat(Stream.of(field),
                Stream.concat(nested, optionFields).flatMap(FormDefinition::storedAtTopLevel));
    }

    public Optional<FieldDefinition> field(int id) {
        return allFields().filter(field -> field.id() == id).findFirst();
    }

    /**
     * Finds a field by id (as text), code or name, the three ways the API names a field on write.
     */
    public Optional<FieldDefinition> fieldByReference(String reference) {
        return allFields()
                .filter(field -> String.valueOf(field.id()).equals(reference)
                        || reference.equals(field.code())
                        || reference.equals(field.name()))
                .findFirst();
    }
}
