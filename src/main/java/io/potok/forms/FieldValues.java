package io.potok.forms;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses, validates, computes and renders task field values.
 *
 * <p>A task stores its values as one JSON object keyed by field id (as text), in this canonical shape:
 * text, email, phone: string; number, money: JSON number at the field's decimal places; date and due_date:
 * {@code "yyyy-MM-dd"}; time: {@code "HH:mm"}; due_date_time: {@code "yyyy-MM-ddTHH:mm:ssZ"} in UTC;
 * checkmark: {@code "checked"} or {@code "unchecked"}; flag: {@code "none"}, {@code "checked"} or
 * {@code "unchecked"}; multiple_choice: {@code {"choice_ids": [1]}}; person: {@code {"id": 7}}; catalog:
 * {@code {"item_ids": [5]}}; table: {@code [{"row_id": 1, "cells": {"<column id>": value}}]}. Fields
 * grouped by a title or shown under a multiple_choice option are stored at the top level by their own ids.
 * Titles, notes and the read-only types store nothing. An empty value is an absent key.
 */
public interface FieldValues {

    /**
     * Applies field updates to a task's current values and recomputes computed fields. It stores nothing,
     * because it works on a copy of the values and only reads catalogs and members. A page may therefore call
     * it on unsaved input to show computed values while the form is filled.
     *
     * @param orgId the organisation, to resolve catalog items and members
     * @param form the form version of the task
     * @param current the stored values, not changed by this call
     * @param updates field objects in the API's write shape: {@code id}, {@code name} or {@code code}, and
     *        {@code value} (null or absent clears the field)
     * @return the complete new values and what changed
     * @throws FieldValueInvalid when a field is unknown, read-only, or a value does not fit its type
     * @throws FormulaFailed when a computed field's formula cannot be computed from the values, such as on
     *         division by zero. A formula missing an operand leaves its field empty instead.
     */
    ValuesChange apply(long orgId, Form form, ObjectNode current, List<JsonNode> updates);

    /**
     * Applies field updates to a new, empty task after the default values ({@link FieldDefinition#defaultValue()})
     * of the fields the updates do not name. An update that names a field with an empty value keeps it empty.
     *
     * @throws FieldValueInvalid as {@link #apply} does
     */
    ValuesChange applyToNew(long orgId, Form form, List<JsonNode> updates);

    /**
     * Computes a formula over a task's values as if it were the formula of the given top-level field, the way
     * computed fields are computed, for rules that set a field from a formula. Nothing is stored.
     *
     * @return the result in the stored shape of the field, or null when it is empty
     * @throws FieldValueInvalid when the form has no such top-level field
     * @throws FormulaFailed when the formula is invalid for that field or cannot be computed from the values
     */
    JsonNode compute(long orgId, Form form, ObjectNode values, int fieldId, String formula);

    /**
     * Checks that every field required at the step has a value. Hidden fields (see {@link FieldVisibility})
     * are never required.
     *
     * @throws FieldValueRequired naming the first missing field
     */
    void checkRequired(Form form, ObjectNode values, int step);

    /**
     * Renders the values as the API's field objects ({@code id}, {@code type}, {@code name}, {@code value})
     * in form order, with catalog items and persons expanded, and the read-only fields filled from the facts.
     */
    ArrayNode render(long orgId, Form form, ObjectNode values, TaskFacts facts);

    /**
     * Formats one stored value as text for a page, a CSV cell or history: choice names, the catalog item's
     * key, a person's name, dates in the locale; empty for no value.
     */
    String display(long orgId, FieldDefinition field, JsonNode value, Locale locale);

    /**
     * The result of applying updates.
     *
     * @param values the complete new values
     * @param changes one entry per top-level field whose value changed, in form order
     */
    record ValuesChange(ObjectNode values, List<FieldChange> changes) {
    }

    /**
     * One changed field, for the task's history.
     *
     * @param field the field
     * @param oldValue stored value before, null when empty
     * @param newValue stored value after, null when empty
     */
    record FieldChange(FieldDefinition field, JsonNode oldValue, JsonNode newValue) {
    }
}
