package io.potok.processes;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.potok.catalogs.Catalog;
import tools.jackson.databind.node.ObjectNode;

/**
 * A process as a portable document: a form's definition, the catalogs it uses and its access settings.
 * The definition has the shape of the stored {@code FormDefinition}, except that workspace ids are replaced by
 * names: {@code info.catalogId} by {@code info.catalog}, {@code info.linkedFormId} by {@code info.linkedForm},
 * an assignee's {@code roleId} by {@code role} and {@code memberIds} by {@code members} (emails), person values
 * in conditions by emails, catalog values in conditions by item keys, and person and catalog default values by
 * {@code {"email": ...}} and {@code {"item_names": [...]}}. Field ids stay, because they are stable within a form.
 *
 * @param formatVersion the document format; {@link #FORMAT_VERSION} is the only one so far
 * @param name the form name
 * @param definition fields and route with portable references
 * @param catalogs the catalogs the fields use; items may be left out, and a catalog already in the workspace
 *        is reused instead of created
 * @param access who may use the form
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder({"formatVersion", "name", "definition", "catalogs", "access"})
public record ProcessDocument(int formatVersion, String name, ObjectNode definition, List<CatalogData> catalogs,
                              List<AccessGrant> access) {

    public static final int FORMAT_VERSION = 1;

    public ProcessDocument {
        catalogs = catalogs == null ? List.of() : List.copyOf(catalogs);
        access = access == null ? List.of() : List.copyOf(access);
    }

    /**
     * A catalog the form uses.
     *
     * @param name catalog name, unique enough within a workspace to find it again
     * @param headers column headers in order; the first column is the item key
     * @param items item values in header order; empty when the export left them out
     */
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    public record CatalogData(String name, List<Catalog.Header> headers, List<List<String>> items) {

        public CatalogData {
            headers = headers == null ? List.of() : List.copyOf(headers);
            items = items == null ? List.of() : items.stream().map(List::copyOf).toList();
        }
    }

    /**
     * One access grant. Exactly one of {@code member}, {@code role}, {@code department} and {@code everyone}
     * names who receives it.
     *
     * @param level {@code member}, {@code manager} or {@code admin}
     * @param member a member's email
     * @param role a role name
     * @param department a department name
     * @param everyone true for every member of the organisation
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"level", "member", "role", "department", "everyone"})
    public record AccessGrant(String level, String member, String role, String department, Boolean everyone) {
    }
}
