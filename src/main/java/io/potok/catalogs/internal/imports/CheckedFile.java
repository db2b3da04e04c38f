package io.potok.catalogs.internal.imports;

import java.util.List;
import java.util.Set;

/**
 * The outcome of checking every data row of a file against the catalog.
 *
 * @param valid rows that can be applied, in file order
 * @param problems rows that cannot, with the reason, in file order
 * @param fileKeys every key the file names, including those of rejected rows, so that "archive items missing
 *                 from the file" never archives an item whose row was only rejected
 */
public record CheckedFile(List<MappedRow> valid, List<RowProblem> problems, Set<String> fileKeys) {

    public CheckedFile {
        valid = List.copyOf(valid);
        problems = List.copyOf(problems);
        fileKeys = Set.copyOf(fileKeys);
    }
}
