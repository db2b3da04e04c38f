package io.potok.catalogs.internal.imports;

import java.util.List;

/**
 * One line of an import's report: a row the check found a problem in, or what the run did with a row or item.
 *
 * @param outcome {@code added}, {@code updated}, {@code archived} or {@code rejected}
 * @param rowNumber the file row, or null for an archived item, which no row lists
 * @param reasonKey the message explaining a rejection, or null
 */
public record ImportRowOutcome(String outcome, Integer rowNumber, String key, String reasonKey,
                               List<String> reasonArgs) {

    public ImportRowOutcome {
        reasonArgs = reasonArgs == null ? List.of() : List.copyOf(reasonArgs);
    }

    static ImportRowOutcome rejected(RowProblem problem) {
        return new ImportRowOutcome("rejected", problem.rowNumber(), problem.key(), problem.messageKey(),
                problem.arguments());
    }
}
