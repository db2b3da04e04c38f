package io.potok.registry;

import java.util.List;

/**
 * One page of a registry. The total row count is not computed, so that a page costs the same at any size.
 *
 * @param columns the field columns of the rows, in order
 * @param rows the tasks of the page
 * @param nextCursor pass to {@link RegistryQuery#after(String)} for the next page; null on the last page
 */
public record RegistryPage(List<RegistryColumn> columns, List<RegistryRow> rows, String nextCursor) {
}
