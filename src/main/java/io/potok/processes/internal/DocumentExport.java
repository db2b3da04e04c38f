package io.potok.processes.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.Form;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.identity.Department;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.identity.Role;
import io.potok.processes.ProcessDocument;
import io.potok.processes.ProcessDocument.AccessGrant;
import io.potok.processes.ProcessDocument.CatalogData;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Turns a stored form into a process document, replacing workspace ids by names and emails.
 */
@Component
class DocumentExport {

    private final Forms forms;
    private final Members members;
    private final Catalogs catalogs;
    private final JsonMapper json;

    DocumentExport(Forms forms, Members members, Catalogs catalogs, JsonMapper json) {
        this.forms = forms;
        this.members = members;
        this.catalogs = catalogs;
        this.json = json;
    }

    ProcessDocument export(Form form, boolean withItems) {
        ObjectNode definition = json.valueToTree(form.definition());
        Lookups lookups = new Lookups(form.orgId());
        new DefinitionTree(definition).walk(new Portable(lookups));

        List<CatalogData> used = lookups.usedCatalogs.values().stream()
                .map(catalog -> catalogData(catalog, withItems))
                .toList();
        List<AccessGrant> access = forms.grants(form.orgId(), form.id()).stream()
                .map(grant -> accessGrant(grant, lookups))
                .flatMap(Optional::stream)
                .toList();
        return new ProcessDocument(ProcessDocument.FORMAT_VERSION, form.name(), definition, used, access);
    }

    private CatalogData catalogData(Catalog catalog, boolean withItems) {
        List<List<String>> items = withItems
                ? catalogs.items(catalog.orgId(), catalog.id(), false).stream().map(CatalogItem::values).toList()
                : List.of();
        return new CatalogData(catalog.name(), catalog.headers(), items);
    }

    /** Returns the grant with names; empty when it names a member, role or department deleted since. */
    private static Optional<AccessGrant> accessGrant(FormGrant grant, Lookups lookups) {
        String level = grant.level().name().toLowerCase(java.util.Locale.ROOT);
        if (grant.memberId() != null) {
            return lookups.email(grant.memberId()).map(email -> new AccessGrant(level, email, null, null, null));
        }
        if (grant.roleId() != null) {
            return lookups.role(grant.roleId()).map(role -> new AccessGrant(level, null, role, null, null));
        }
        if (grant.departmentId() != null) {
            return Optional.ofNullable(lookups.departments.get(grant.departmentId()))
                    .map(department -> new AccessGrant(level, null, null, department, null));
        }
        return Optional.of(new AccessGrant(level, null, null, null, true));
    }

    /** The organisation's names by id, loaded once per export. */
    private final class Lookups {

        final long orgId;
        final Map<Long, String> roles = new LinkedHashMap<>();
        final Map<Long, String> departments = new LinkedHashMap<>();
        final Map<Long, Catalog> usedCatalogs = new LinkedHashMap<>();

        Lookups(long orgId) {
            this.orgId = orgId;
            members.roles(orgId).forEach(role -> roles.put(role.id(), role.name()));
            members.departments(orgId).forEach(department -> departments.put(department.id(), department.name()));
        }

        Optional<String> email(long memberId) {
            return members.find(orgId, memberId).map(Member::email);
        }

        Optional<String> role(long roleId) {
            return Optional.ofNullable(roles.get(roleId));
        }

        Optional<Catalog> catalog(long catalogId) {
            Optional<Catalog> catalog = catalogs.find(orgId, catalogId);
            catalog.ifPresent(found -> usedCatalogs.putIfAbsent(found.id(), found));
            return catalog;
        }

        String itemKey(long itemId) {
            return catalogs.item(orgId, itemId).map(CatalogItem::key).orElse(String.valueOf(itemId));
        }

        Optional<String> formName(long formId) {
            return forms.find(orgId, formId).map(Form::name);
        }
    }

    /** Rewrites ids into names in place. */
    private static final class Portable implements DefinitionTree.Visitor {

        private final Lookups lookups;

        Portable(Lookups lookups) {
            this.lookups = lookups;
        }

        @Override
        public void field(ObjectNode field) {
            if (field.get("info") instanceof ObjectNode info) {
                JsonNode catalogId = info.remove("catalogId");
                if (catalogId != null) {
                    info.put("catalog", lookups.catalog(catalogId.asLong()).map(Catalog::name)
                            .orElse(catalogId.asString()));
                }
                JsonNode linkedFormId = info.remove("linkedFormId");
                if (linkedFormId != null) {
                    info.put("linkedForm", lookups.formName(linkedFormId.asLong()).orElse(linkedFormId.asString()));
                }
                if (info.isEmpty()) {
                    field.remove("info");
                }
            }
            if (field.get("defaultValue") instanceof ObjectNode value) {
                defaultValue(field.path("type").asString(""), value);
            }
        }

        private void defaultValue(String type, ObjectNode value) {
            if (type.equals("person") && value.has("id")) {
                lookups.email(value.remove("id").asLong()).ifPresent(email -> value.put("email", email));
            }
            if (type.equals("catalog") && (value.has("item_id") || value.has("item_ids"))) {
                List<Long> ids = new ArrayList<>();
                Optional.ofNullable(value.remove("item_id")).ifPresent(id -> ids.add(id.asLong()));
                Optional.ofNullable(value.remove("item_ids")).ifPresent(list -> list.forEach(id -> ids.add(id.asLong())));
                ArrayNode names = value.putArray("item_names");
                ids.forEach(id -> names.add(lookups.itemKey(id)));
            }
        }

        @Override
        public void assignees(ObjectNode who, String stepName) {
            JsonNode roleId = who.remove("roleId");
            if (roleId != null) {
                who.put("role", lookups.role(roleId.asLong()).orElse(roleId.asString()));
            }
            JsonNode memberIds = who.remove("memberIds");
            if (memberIds != null) {
                ArrayNode emails = who.putArray("members");
                memberIds.forEach(id -> emails.add(lookups.email(id.asLong()).orElse(id.asString())));
            }
        }

        @Override
        public void formReference(ObjectNode holder, String where) {
            JsonNode formId = holder.remove("formId");
            holder.put("form", lookups.formName(formId.asLong()).orElse(formId.asString()));
        }

        @Override
        public void catalogReference(ObjectNode holder, String where) {
            JsonNode catalogId = holder.remove("catalogId");
            if (catalogId != null) {
                holder.put("catalog", lookups.catalog(catalogId.asLong()).map(Catalog::name)
                        .orElse(catalogId.asString()));
            }
        }

        @Override
        public void conditionValues(ObjectNode field, ArrayNode values, String where) {
            boolean person = field.path("type").asString("").equals("person");
            for (int i = 0; i < values.size(); i++) {
                long id = values.get(i).asLong();
                values.set(i, person ? lookups.email(id).orElse(String.valueOf(id)) : lookups.itemKey(id));
            }
        }
    }
}
