package io.potok.registry;

import java.util.List;

/**
 * One condition of a registry query; all conditions of a query must hold.
 *
 * <p>Operands are text: decimal numbers, ISO dates ({@code 2026-01-31}) or UTC date-times
 * ({@code 2026-01-31T10:00:00Z}), {@code HH:mm} times, choice ids, member ids, catalog item ids,
 * {@code checked}/{@code unchecked} for checkmarks, {@code open}/{@code closed} for the status. A date operand
 * on a date-time column (created, modified, closed, due date-time fields) means the whole local day in the
 * member's time zone: {@code LESS 2026-02-01} is before that day starts, {@code AT_MOST 2026-01-31} is
 * before the next day starts.
 *
 * @param column the column compared
 * @param operator the comparison
 * @param values operands: none for {@code FILLED} and {@code EMPTY}, one or more for {@code IN}, one for
 *        the others
 * @param parameter the request parameter the filter came from, named in error messages; may equal the
 *        column name when the filter was built in code
 */
public record RegistryFilter(ColumnRef column, FilterOperator operator, List<String> values, String parameter) {

    public RegistryFilter {
        values = values == null ? List.of() : List.copyOf(values);
    }

    public static RegistryFilter of(ColumnRef column, FilterOperator operator, String... values) {
        String parameter = column.isField() ? "fld" + column.fieldId() : column.system().name().toLowerCase();
        return new RegistryFilter(column, operator, List.of(values), parameter);
    }

    public static RegistryFilter field(int fieldId, FilterOperator operator, String... values) {
        return of(ColumnRef.field(fieldId), operator, values);
    }
}
