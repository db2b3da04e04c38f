package io.potok.processes.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.AccessLevel;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.identity.Members;
import io.potok.processes.ImportPlan;
import io.potok.processes.ImportProblem;
import io.potok.processes.ProcessDocument;
import io.potok.processes.ProcessDocument.AccessGrant;
import io.potok.processes.ProcessDocument.CatalogData;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves every reference of a process document against an organisation without storing anything, and
 * decides which catalogs and roles an import creates.
 */
@Component
class ImportPlanner {

    private final Members members;
    private final Catalogs catalogs;
    private final Forms forms;
    private final JsonMapper json;

    ImportPlanner(Members members, Catalogs catalogs, Forms forms, JsonMapper json) {
        this.members = members;
        this.catalogs = catalogs;
        this.forms = forms;
        this.json = json;
    }

    /**
     * The result of planning: the summary shown to the user, and the references an import continues with.
     */
    record Planned(ImportPlan plan, References references) {
    }

    /** Loads the organisation's names afresh, such as after an import created roles. */
    References references(long orgId) {
        return new References(orgId, members, catalogs, forms);
    }

    Planned plan(long orgId, ProcessDocument document) {
        References references = references(orgId);
        List<ImportProblem> problems = new ArrayList<>(documentProblems(document));
        if (document.definition() == null) {
            return new Planned(plan(document, List.of(), List.of(), List.of(), problems), references);
        }

        List<ImportPlan.Action> catalogActions = planCatalogs(document, references, problems);
        List<ImportPlan.Action> roleActions = planRoles(document, references);
        accessProblems(document.access(), references, problems);
        ObjectNode resolved = resolve(document.definition(), references, problems);
        if (problems.isEmpty()) {
            toDefinition(resolved, problems);
        }
        return new Planned(plan(document, catalogActions, roleActions, linkedForms(document, references), problems),
                references);
    }

    /** Rewrites a copy of the definition into ids, adding a problem for each reference that fails. */
    ObjectNode resolve(ObjectNode definition, References references, List<ImportProblem> problems) {
        ObjectNode copy = definition.deepCopy();
        IdRewriter rewriter = new IdRewriter(references);
        new DefinitionTree(copy).walk(rewriter);
        problems.addAll(rewriter.problems());
        return copy;
    }

    /** Reads the rewritten tree as a form definition; a value of the wrong shape becomes a problem. */
    Optional<FormDefinition> toDefinition(ObjectNode resolved, List<ImportProblem> problems) {
        try {
            return Optional.of(json.treeToValue(resolved, FormDefinition.class));
        } catch (JacksonException unreadable) {
            problems.add(ImportProblem.of("definition_unreadable", unreadable.getOriginalMessage()));
            return Optional.empty();
        }
    }

    private static ImportPlan plan(ProcessDocument document, List<ImportPlan.Action> catalogs,
                                   List<ImportPlan.Action> roles, List<String> linkedForms,
                                   List<ImportProblem> problems) {
        return new ImportPlan(document.name(), catalogs, roles, linkedForms, problems, List.of());
    }

    private static List<ImportProblem> documentProblems(ProcessDocument document) {
        List<ImportProblem> problems = new ArrayList<>();
        if (document.formatVersion() != ProcessDocument.FORMAT_VERSION) {
            problems.add(ImportProblem.of("format_version_unsupported", String.valueOf(document.formatVersion()),
                    String.valueOf(ProcessDocument.FORMAT_VERSION)));
        }
        if (document.name() == null || document.name().isBlank()) {
            problems.add(ImportProblem.of("form_name_missing"));
        }
        if (document.definition() == null) {
            problems.add(ImportProblem.of("definition_missing"));
        }
        return problems;
    }

    private List<ImportPlan.Action> planCatalogs(ProcessDocument document, References references,
                                                 List<ImportProblem> problems) {
        Map<String, CatalogData> given = new LinkedHashMap<>();
        document.catalogs().forEach(catalog -> given.put(catalog.name(), catalog));
        Set<String> names = new LinkedHashSet<>(given.keySet());
        new DefinitionTree(document.definition()).forEachField(field -> {
            JsonNode catalog = field.path("info").get("catalog");
            if (catalog != null && catalog.isString()) {
                names.add(catalog.asString());
            }
        });

        List<ImportPlan.Action> actions = new ArrayList<>();
        for (String name : names) {
            planCatalog(name, given.get(name), references, problems).ifPresent(actions::add);
        }
        return actions;
    }

    private static Optional<ImportPlan.Action> planCatalog(String name, CatalogData given, References references,
                                                           List<ImportProblem> problems) {
        Optional<Catalog> existing = references.existingCatalog(name);
        if (existing.isPresent()) {
            if (given != null && !compatible(given.headers(), existing.get().headers())) {
                problems.add(ImportProblem.of("catalog_headers_incompatible", name, headerNames(given.headers()),
                        headerNames(existing.get().headers())));
                return Optional.empty();
            }
            return Optional.of(new ImportPlan.Action(name, false, 0));
        }
        if (given == null || given.headers().isEmpty()) {
            // Fields name it, but the document cannot create it; the rewrite reports it per field.
            return Optional.empty();
        }
        if (!itemsFit(given)) {
            problems.add(ImportProblem.of("catalog_items_invalid", name, given.headers().size()));
            return Optional.empty();
        }
        references.planCatalog(given);
        return Optional.of(new ImportPlan.Action(name, true, given.items().size()));
    }

    /** The document's columns must be the first columns of the existing catalog, with the same types. */
    private static boolean compatible(List<Catalog.Header> given, List<Catalog.Header> existing) {
        return given.size() <= existing.size() && existing.subList(0, given.size()).equals(given);
    }

    /** Checks that every item has a key, no more values than columns, and a key no other item has. */
    private static boolean itemsFit(CatalogData catalog) {
        Set<String> keys = new LinkedHashSet<>();
        return catalog.items().stream().allMatch(item -> !item.isEmpty() && item.size() <= catalog.headers().size()
                && item.get(0) != null && !item.get(0).isBlank() && keys.add(item.get(0)));
    }

    private static String headerNames(List<Catalog.Header> headers) {
        return String.join(", ", headers.stream().map(header -> header.name() + " (" + header.type() + ")").toList());
    }

    /** Roles named by assignees, rules, schedules and grants; those the organisation lacks are planned for creation. */
    private static List<ImportPlan.Action> planRoles(ProcessDocument document, References references) {
        Set<String> names = new LinkedHashSet<>();
        JsonNode definition = document.definition();
        for (JsonNode step : definition.path("route").path("steps")) {
            step.path("assignees").forEach(rule -> roleName(rule.path("who"), names));
        }
        for (JsonNode rule : definition.path("automation").path("rules")) {
            rule.path("actions").forEach(action -> roleName(action.path("assignees"), names));
        }
        definition.path("automation").path("schedules")
                .forEach(schedule -> roleName(schedule.path("responsible"), names));
        document.access().stream().map(AccessGrant::role).filter(role -> role != null).forEach(names::add);

        List<ImportPlan.Action> actions = new ArrayList<>();
        for (String name : names) {
            boolean create = references.roleId(name).isEmpty();
            if (create) {
                references.planRole(name);
            }
            actions.add(new ImportPlan.Action(name, create, 0));
        }
        return actions;
    }

    private static void roleName(JsonNode who, Set<String> names) {
        JsonNode role = who.get("role");
        if (role != null && role.isString()) {
            names.add(role.asString());
        }
    }

    private static void accessProblems(List<AccessGrant> grants, References references, List<ImportProblem> problems) {
        for (AccessGrant grant : grants) {
            if (level(grant).isEmpty()) {
                problems.add(ImportProblem.of("access_level_invalid", String.valueOf(grant.level())));
            }
            if (grant.member() != null && references.memberId(grant.member()).isEmpty()) {
                problems.add(ImportProblem.of("access_member_not_found", grant.member()));
            }
            if (grant.department() != null && references.departmentId(grant.department()).isEmpty()) {
                problems.add(ImportProblem.of("department_not_found", grant.department()));
            }
            boolean targeted = grant.member() != null || grant.role() != null || grant.department() != null
                    || Boolean.TRUE.equals(grant.everyone());
            if (!targeted) {
                problems.add(ImportProblem.of("access_target_missing", String.valueOf(grant.level())));
            }
        }
    }

    /** Parses a grant's level; {@code none} is not a level a grant can give. */
    static Optional<AccessLevel> level(AccessGrant grant) {
        if (grant.level() == null) {
            return Optional.empty();
        }
        try {
            AccessLevel level = AccessLevel.valueOf(grant.level().trim().toUpperCase(Locale.ROOT));
            return level == AccessLevel.NONE ? Optional.empty() : Optional.of(level);
        } catch (IllegalArgumentException unknown) {
            return Optional.empty();
        }
    }

    /** Returns the linked forms found in the organisation; the rewrite reports the others. */
    private static List<String> linkedForms(ProcessDocument document, References references) {
        Set<String> names = new LinkedHashSet<>();
        new DefinitionTree(document.definition()).forEachField(field -> {
            JsonNode form = field.path("info").get("linkedForm");
            if (form != null && form.isString() && references.formId(form.asString()).isPresent()) {
                names.add(form.asString());
            }
        });
        return List.copyOf(names);
    }
}
