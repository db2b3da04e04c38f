package io.potok.catalogs.web;

import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.internal.imports.CatalogImport;
import io.potok.catalogs.internal.imports.FileTable;
import io.potok.catalogs.internal.imports.ImportRowOutcome;

/**
 * The content of the page of one import.
 *
 * @param preview the header and first rows while the import is being mapped, else null
 * @param lines one page of the check's problems or of the run's report
 * @param lineCount how many lines the report has with the chosen outcome filter
 * @param outcome the outcome the report is filtered by, or an empty string for all
 * @param pageNumber the report page shown, from 1
 * @param error a message for the last step that failed, or null
 */
public record ImportJobView(Catalog catalog, CatalogImport job, FileTable preview, List<ImportRowOutcome> lines,
                            int lineCount, String outcome, int pageNumber, int pageCount, String error) {

    /** Returns the file columns, as the header row names them, so that the mapping form can list them. */
    public List<String> fileColumns() {
        return preview == null ? List.of() : preview.header().cells();
    }

    /** Returns the catalog column the file column is mapped to, or an empty string. */
    public String mappedTo(int fileColumn) {
        return fileColumn < job.mapping().size() ? job.mapping().get(fileColumn) : "";
    }
}
