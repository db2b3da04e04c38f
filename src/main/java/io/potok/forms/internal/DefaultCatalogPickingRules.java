package io.potok.forms.internal;

import java.util.List;

import io.potok.catalogs.Catalogs;
import io.potok.catalogs.CellCondition;
import io.potok.forms.CatalogPickingRules;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FormDefinition;
import io.potok.identity.Members;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves catalog filters with the same rules that saving checks them by.
 */
@Component
class DefaultCatalogPickingRules implements CatalogPickingRules {

    private final PickingConditions conditions;

    DefaultCatalogPickingRules(Catalogs catalogs, Members members) {
        this.conditions = new PickingConditions(catalogs, new FilterOperands(catalogs, members));
    }

    @Override
    public List<CellCondition> conditions(long orgId, FormDefinition form, FieldDefinition field, ObjectNode values,
                                          JsonNode row) {
        return conditions.resolve(orgId, form, field, values, row).stream()
                .map(PickingConditions.Resolved::condition)
                .toList();
    }
}
