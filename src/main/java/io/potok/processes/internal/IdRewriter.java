package io.potok.processes.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.potok.forms.FieldType;
import io.potok.processes.ImportProblem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Rewrites the portable references of a definition tree into ids of the target organisation, in place, and
 * collects a problem for each reference that cannot be resolved.
 */
final class IdRewriter implements DefinitionTree.Visitor {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final References references;
    private final List<ImportProblem> problems = new ArrayList<>();

    IdRewriter(References references) {
        this.references = references;
    }

    List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public void field(ObjectNode field) {
        String name = field.path("name").asString("");
        String type = field.path("type").asString("");
        if (FieldType.parse(type).isEmpty()) {
            problems.add(ImportProblem.of("unknown_field_type", type, name));
        }
        String catalogName = field.path("info").path("catalog").asString("");
        if (field.get("info") instanceof ObjectNode info) {
            catalog(info, name);
            linkedForm(info, name);
        }
        if (field.get("defaultValue") instanceof ObjectNode value) {
            defaultValue(type, value, catalogName, name);
        }
    }

    private void catalog(ObjectNode info, String fieldName) {
        JsonNode catalog = info.remove("catalog");
        if (catalog == null) {
            return;
        }
        Optional<Long> id = references.catalogId(catalog.asString());
        id.ifPresentOrElse(found -> info.put("catalogId", found),
                () -> problems.add(ImportProblem.of("catalog_not_found", catalog.asString(), fieldName)));
    }

    private void linkedForm(ObjectNode info, String fieldName) {
        JsonNode form = info.remove("linkedForm");
        if (form == null) {
            return;
        }
        references.formId(form.asString()).ifPresentOrElse(found -> info.put("linkedFormId", found),
                () -> problems.add(ImportProblem.of("linked_form_not_found", form.asString(), fieldName)));
    }

    /** Checks portable default values; the value codec resolves emails and item keys itself. */
    private void defaultValue(String type, ObjectNode value, String catalog, String fieldName) {
        if (type.equals("person") && value.has("email")) {
            member(value.path("email").asString(), fieldName);
        }
        if (type.equals("catalog") && value.has("item_names")) {
            value.path("item_names").forEach(key -> item(catalog, key.asString(), fieldName));
        }
    }

    @Override
    public void assignees(ObjectNode who, String stepName) {
        JsonNode role = who.remove("role");
        if (role != null) {
            references.roleId(role.asString()).ifPresentOrElse(found -> who.put("roleId", found),
                    () -> problems.add(ImportProblem.of("role_not_found", role.asString(), stepName)));
        }
        JsonNode emails = who.remove("members");
        if (emails != null) {
            ArrayNode ids = who.putArray("memberIds");
            emails.forEach(email -> member(email.asString(), stepName).ifPresent(ids::add));
        }
    }

    @Override
    public void formReference(ObjectNode holder, String where) {
        JsonNode form = holder.remove("form");
        if (form == null) {
            return;
        }
        references.formId(form.asString()).ifPresentOrElse(found -> holder.put("formId", found),
                () -> problems.add(ImportProblem.of("linked_form_not_found", form.asString(), where)));
    }

    @Override
    public void catalogReference(ObjectNode holder, String where) {
        catalog(holder, where);
    }

    @Override
    public void conditionValues(ObjectNode field, ArrayNode values, String where) {
        boolean person = field.path("type").asString("").equals("person");
        String catalog = field.path("info").path("catalog").asString("");
        for (int i = 0; i < values.size(); i++) {
            String reference = values.get(i).asString();
            Optional<Long> id = person ? member(reference, where) : item(catalog, reference, where);
            if (id.isPresent()) {
                values.set(i, NODES.stringNode(String.valueOf(id.get())));
            }
        }
    }

    private Optional<Long> member(String email, String where) {
        Optional<Long> id = references.memberId(email);
        if (id.isEmpty()) {
            problems.add(ImportProblem.of("member_not_found", email, where));
        }
        return id;
    }

    private Optional<Long> item(String catalog, String key, String where) {
        Optional<Long> id = references.itemId(catalog, key);
        if (id.isEmpty()) {
            problems.add(ImportProblem.of("catalog_item_not_found", key, catalog, where));
        }
        return id;
    }
}
