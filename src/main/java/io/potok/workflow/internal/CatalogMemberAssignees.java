package io.potok.workflow.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.workflow.RouteContext;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Finds the members named in a member column of the items picked in a catalog field, such as the manager of
 * the chosen warehouse. A cell names a member by email; blocked members and cells that name no member are skipped.
 */
@Component
class CatalogMemberAssignees {

    private final Catalogs catalogs;
    private final Members members;

    CatalogMemberAssignees(Catalogs catalogs, Members members) {
        this.catalogs = catalogs;
        this.members = members;
    }

    Set<Long> of(RouteContext context, Integer fieldId, String column) {
        Optional<FieldDefinition> field = fieldId == null ? Optional.empty()
                : context.form().definition().field(fieldId).filter(found -> found.type() == FieldType.CATALOG);
        if (field.isEmpty() || field.get().info().catalogId() == null || column == null) {
            return Set.of();
        }
        Optional<Catalog> catalog = catalogs.find(context.orgId(), field.get().info().catalogId());
        int index = catalog.map(found -> found.columnIndex(column)).orElse(-1);
        if (index < 0) {
            return Set.of();
        }
        Set<Long> found = new LinkedHashSet<>();
        catalogs.items(context.orgId(), pickedItemIds(context.values().get(String.valueOf(fieldId)))).values()
                .forEach(item -> memberIn(context.orgId(), item, index).ifPresent(found::add));
        return found;
    }

    private Optional<Long> memberIn(long orgId, CatalogItem item, int index) {
        String email = index < item.values().size() ? item.values().get(index) : "";
        if (email == null || email.isBlank()) {
            return Optional.empty();
        }
        return members.findByEmail(orgId, email)
                .filter(member -> !member.banned())
                .map(Member::id);
    }

    private static List<Long> pickedItemIds(JsonNode value) {
        List<Long> ids = new ArrayList<>();
        JsonNode itemIds = value == null ? null : value.get("item_ids");
        if (itemIds != null && itemIds.isArray()) {
            itemIds.forEach(id -> {
                if (id.canConvertToLong()) {
                    ids.add(id.asLong());
                }
            });
        }
        return ids;
    }
}
