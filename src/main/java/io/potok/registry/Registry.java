package io.potok.registry;

import java.io.OutputStream;
import java.util.List;
import java.util.Map;

import io.potok.identity.CurrentMember;

/**
 * Queries and exports the tasks of a form, limited to the member's organisation and to the tasks the
 * member may see: those they take part in (or someone in a department they head does), every task of a
 * form they manage, and every task when they administer the organisation.
 */
public interface Registry {

    /**
     * Returns one page of rows and the cursor of the next page.
     *
     * @throws InvalidFilter when a filter value, the sort column or the cursor cannot be used
     */
    RegistryPage query(CurrentMember member, RegistryQuery query);

    /**
     * Writes every row the query selects (ignoring page size and cursor) as CSV, streaming from the
     * database. The stream is not closed.
     */
    void exportCsv(CurrentMember member, RegistryQuery query, CsvOptions options, OutputStream out);

    /**
     * Writes every row the query selects (ignoring page size and cursor) as an XLSX workbook, streaming
     * from the database. The stream is not closed.
     */
    void exportXlsx(CurrentMember member, RegistryQuery query, OutputStream out);

    /** Returns the form's field columns, removed fields included, in form order. */
    List<RegistryColumn> columns(long orgId, long formId);

    /**
     * Builds a query from the parameters of Pyrus's {@code GET|POST /forms/{id}/register}, checking each
     * value against the form's columns.
     *
     * @param parameters request parameters; a JSON body's arrays are passed as several values
     * @throws InvalidFilter naming the first parameter whose value cannot be used
     */
    RegistryQuery parseRegisterParameters(CurrentMember member, long formId, Map<String, List<String>> parameters);
}
