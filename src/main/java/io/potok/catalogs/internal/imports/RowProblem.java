package io.potok.catalogs.internal.imports;

import java.util.List;

/**
 * The reason one file row cannot be applied.
 *
 * @param rowNumber the row number in the file, the header being row 1
 * @param key the row's key, or an empty string when it has none
 * @param messageKey the message that explains the problem to the administrator
 * @param arguments the message's arguments
 */
public record RowProblem(int rowNumber, String key, String messageKey, List<String> arguments) {

    public RowProblem {
        arguments = List.copyOf(arguments);
    }
}
