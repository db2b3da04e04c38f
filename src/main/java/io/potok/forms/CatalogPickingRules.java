package io.potok.forms;

import java.util.List;

import io.potok.catalogs.CellCondition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Applies the filters of a catalog field ({@link FieldSettings.CatalogPicking#filters()}) to a task's values,
 * so that pages offer only the items a save would accept.
 */
public interface CatalogPickingRules {

    /**
     * Returns the conditions an item of the field's catalog must meet, given the task's current values.
     * A filter on a field with no value is left out, and so is a filter on a column the catalog lacks.
     *
     * @param values the task's values in the stored shape
     * @param row the stored table row the field is a column of, {@code {"row_id": n, "cells": {..}}}, or null
     *        for a field outside tables
     */
    List<CellCondition> conditions(long orgId, FormDefinition form, FieldDefinition field, ObjectNode values,
                                   JsonNode row);
}
