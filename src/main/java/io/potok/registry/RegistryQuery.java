package io.potok.registry;

import java.util.List;

/**
 * What a member asks of a form's registry: which tasks (filters), in what order, which field columns, and
 * which page. Every query is also limited to the member's organisation and to the tasks the member may see.
 *
 * @param formId the form
 * @param filters conditions that must all hold
 * @param dueFilter an optional due date condition, may be null
 * @param sort the order; {@link RegistrySort#NEWEST_FIRST} when null
 * @param fieldIds the field columns returned, in this order; every projected field when empty
 * @param pageSize rows per page, from 1 to {@link #MAX_PAGE_SIZE}
 * @param cursor the {@link RegistryPage#nextCursor()} of the previous page, or null for the first page
 */
public record RegistryQuery(long formId, List<RegistryFilter> filters, DueFilter dueFilter, RegistrySort sort,
                            List<Integer> fieldIds, int pageSize, String cursor) {

    public static final int DEFAULT_PAGE_SIZE = 50;
    public static final int MAX_PAGE_SIZE = 20_000;

    public RegistryQuery {
        filters = filters == null ? List.of() : List.copyOf(filters);
        fieldIds = fieldIds == null ? List.of() : List.copyOf(fieldIds);
        sort = sort == null ? RegistrySort.NEWEST_FIRST : sort;
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new InvalidFilter("item_count", String.valueOf(pageSize));
        }
    }

    /** Starts a query of the form's first page, newest tasks first, with every field. */
    public static RegistryQuery of(long formId) {
        return new RegistryQuery(formId, List.of(), null, null, List.of(), DEFAULT_PAGE_SIZE, null);
    }

    public RegistryQuery where(RegistryFilter filter) {
        List<RegistryFilter> all = new java.util.ArrayList<>(filters);
        all.add(filter);
        return new RegistryQuery(formId, all, dueFilter, sort, fieldIds, pageSize, cursor);
    }

    public RegistryQuery due(DueFilter due) {
        return new RegistryQuery(formId, filters, due, sort, fieldIds, pageSize, cursor);
    }

    public RegistryQuery sortedBy(RegistrySort order) {
        return new RegistryQuery(formId, filters, dueFilter, order, fieldIds, pageSize, cursor);
    }

    public RegistryQuery columns(List<Integer> ids) {
        return new RegistryQuery(formId, filters, dueFilter, sort, ids, pageSize, cursor);
    }

    public RegistryQuery pageSize(int size) {
        return new RegistryQuery(formId, filters, dueFilter, sort, fieldIds, size, cursor);
    }

    public RegistryQuery after(String nextCursor) {
        return new RegistryQuery(formId, filters, dueFilter, sort, fieldIds, pageSize, nextCursor);
    }
}
