package io.potok.processes.internal;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.processes.ProcessDocument.CatalogData;

/**
 * The names of one organisation that a process document may refer to, resolved to ids. Catalogs and roles
 * that an import is going to create are known by name before they exist: their id is {@link #PLANNED} until
 * {@link #created} records the real one.
 */
final class References {

    /** Stands in for the id of a catalog, role or item that the import creates. */
    static final long PLANNED = -1;

    private final long orgId;
    private final Members members;
    private final Catalogs catalogs;
    private final Map<String, Catalog> existingCatalogs = new HashMap<>();
    private final Map<String, CatalogData> plannedCatalogs = new LinkedHashMap<>();
    private final Map<String, Long> createdCatalogs = new HashMap<>();
    private final Map<String, Long> roles = new HashMap<>();
    private final Map<String, Long> departments = new HashMap<>();
    private final Map<String, Long> forms = new HashMap<>();
    private final Map<String, Optional<Long>> membersByEmail = new HashMap<>();

    References(long orgId, Members members, Catalogs catalogs, Forms formStore) {
        this.orgId = orgId;
        this.members = members;
        this.catalogs = catalogs;
        catalogs.list(orgId).stream()
                .filter(catalog -> !catalog.archived())
                .forEach(catalog -> existingCatalogs.putIfAbsent(catalog.name(), catalog));
        members.roles(orgId).stream()
                .filter(role -> !role.banned())
                .forEach(role -> roles.putIfAbsent(role.name(), role.id()));
        members.departments(orgId).forEach(department -> departments.putIfAbsent(department.name(), department.id()));
        // The newest live form wins when several share a name.
        formStore.list(orgId).stream()
                .filter(form -> !form.archived())
                .sorted((a, b) -> Long.compare(b.id(), a.id()))
                .forEach(form -> forms.putIfAbsent(form.name(), form.id()));
    }

    long orgId() {
        return orgId;
    }

    Optional<Catalog> existingCatalog(String name) {
        return Optional.ofNullable(existingCatalogs.get(name));
    }

    void planCatalog(CatalogData catalog) {
        plannedCatalogs.put(catalog.name(), catalog);
    }

    Map<String, CatalogData> plannedCatalogs() {
        return plannedCatalogs;
    }

    void created(CatalogData catalog, long catalogId) {
        createdCatalogs.put(catalog.name(), catalogId);
    }

    Optional<Long> catalogId(String name) {
        Catalog existing = existingCatalogs.get(name);
        if (existing != null) {
            return Optional.of(existing.id());
        }
        if (createdCatalogs.containsKey(name)) {
            return Optional.of(createdCatalogs.get(name));
        }
        return plannedCatalogs.containsKey(name) ? Optional.of(PLANNED) : Optional.empty();
    }

    /** Finds a live item by key in a catalog the document names; a planned catalog is searched in the document. */
    Optional<Long> itemId(String catalogName, String key) {
        Optional<Long> catalogId = catalogId(catalogName);
        if (catalogId.isEmpty()) {
            return Optional.empty();
        }
        if (catalogId.get() == PLANNED) {
            List<List<String>> items = plannedCatalogs.get(catalogName).items();
            boolean listed = items.stream().anyMatch(item -> !item.isEmpty() && item.get(0).equals(key));
            return listed ? Optional.of(PLANNED) : Optional.empty();
        }
        return catalogs.itemByKey(orgId, catalogId.get(), key).map(CatalogItem::id);
    }

    Optional<Long> roleId(String name) {
        return Optional.ofNullable(roles.get(name));
    }

    boolean roleExists(String name) {
        return roles.containsKey(name) && roles.get(name) != PLANNED;
    }

    void planRole(String name) {
        roles.putIfAbsent(name, PLANNED);
    }

    void createdRole(String name, long roleId) {
        roles.put(name, roleId);
    }

    Optional<Long> departmentId(String name) {
        return Optional.ofNullable(departments.get(name));
    }

    Optional<Long> formId(String name) {
        return Optional.ofNullable(forms.get(name));
    }

    /** Finds an active member of the organisation by email, ignoring case. */
    Optional<Long> memberId(String email) {
        String key = email.trim().toLowerCase(java.util.Locale.ROOT);
        return membersByEmail.computeIfAbsent(key, k -> members.findByEmail(orgId, email.trim())
                .filter(member -> member.orgId() == orgId && !member.banned())
                .map(Member::id));
    }
}
