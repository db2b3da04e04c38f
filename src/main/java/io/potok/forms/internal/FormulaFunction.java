package io.potok.forms.internal;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The functions a formula may call, with how many arguments each takes.
 */
enum FormulaFunction {
    /** {@code if(condition, then, else)}: evaluates only the branch the condition picks. */
    IF(3, 3),
    /** {@code ifempty(value, fallback)}: the value, or the fallback when the value is empty. */
    IFEMPTY(2, 2),
    /** The sum of a table column, or of the arguments; empty values are skipped. */
    SUM(1, Integer.MAX_VALUE),
    /** The smallest number or earliest date of a table column, or of the arguments. */
    MIN(1, Integer.MAX_VALUE),
    /** The largest number or latest date of a table column, or of the arguments. */
    MAX(1, Integer.MAX_VALUE),
    /** {@code round(x)} or {@code round(x, places)}: rounds half-up. */
    ROUND(1, 2),
    ABS(1, 1),
    /** The current date, from the application clock. */
    TODAY(0, 0);

    private final int minArguments;
    private final int maxArguments;

    FormulaFunction(int minArguments, int maxArguments) {
        this.minArguments = minArguments;
        this.maxArguments = maxArguments;
    }

    /** Finds a function by its name in any letter case. */
    static Optional<FormulaFunction> named(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(function -> function.name().equals(upper)).findFirst();
    }

    boolean accepts(int argumentCount) {
        return argumentCount >= minArguments && argumentCount <= maxArguments;
    }

    /** Tells whether a single table column argument makes the function work over every row of the column. */
    boolean aggregates() {
        return this == SUM || this == MIN || this == MAX;
    }

    String lowerCaseName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
