package io.potok.forms.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings.Computation;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormulaFailed;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Recomputes computed fields in place, each after the computed fields it reads: top-level fields once, table
 * columns in every row. A field's formula comes from {@code FieldSettings.formula}, or from a
 * {@link Computation}, which is a shorthand for a formula: {@code product} of columns {@code #a * #b} and
 * {@code sum} of a column {@code sum(#c)}.
 */
final class Computations {

    static final String PRODUCT = "product";
    static final String SUM = "sum";

    private Computations() {
    }

    /**
     * Recomputes every computed field of the values. Reads and writes only {@code values}, so it is safe to
     * run on unsaved input.
     *
     * <p>A formula that fails leaves its field empty, and the fields computed from it then see an empty
     * operand. The others are still computed, and the first failure is raised at the end.
     *
     * @param today the date {@code today()} returns
     * @throws FormulaFailed when a formula cannot be computed from these values, such as on division by zero,
     *         carrying the values computed around it
     */
    static void recompute(FormDefinition form, ObjectNode values, LocalDate today) {
        recompute(form, values, () -> today);
    }

    /**
     * Recomputes as {@link #recompute(FormDefinition, ObjectNode, LocalDate)} does, asking for today's date
     * only when a formula calls {@code today()}, and at most once.
     */
    static void recompute(FormDefinition form, ObjectNode values, Supplier<LocalDate> today) {
        Supplier<LocalDate> once = memoized(today);
        FormulaCompilation compilation = FormulaCompiler.compile(form);
        if (!compilation.problems().isEmpty()) {
            throw invalid(compilation.problems().get(0));
        }
        StoredFormulaScope scope = StoredFormulaScope.topLevel(values, compilation.fields(), once);
        Optional<FormulaFailed> firstFailure = Optional.empty();
        for (FormulaTarget target : compilation.ordered()) {
            Optional<FormulaFailed> failure = recompute(target, scope);
            firstFailure = firstFailure.or(() -> failure);
        }
        if (firstFailure.isPresent()) {
            throw firstFailure.get().withComputedValues(values);
        }
    }

    /** Returns the formula that computes the field's value, or empty for a field users fill in. */
    static Optional<String> formulaOf(FieldDefinition field) {
        if (field.info().hasFormula()) {
            return Optional.of(field.info().formula());
        }
        Computation computed = field.info().computed();
        if (computed == null || computed.fieldIds().isEmpty()) {
            return Optional.empty();
        }
        if (PRODUCT.equals(computed.operation())) {
            return Optional.of(computed.fieldIds().stream().map(id -> "#" + id).collect(Collectors.joining(" * ")));
        }
        return SUM.equals(computed.operation()) ? Optional.of("sum(#" + computed.fieldIds().get(0) + ")")
                : Optional.empty();
    }

    /** Computes the field, in every row for a column, and returns the first failure. */
    private static Optional<FormulaFailed> recompute(FormulaTarget target, StoredFormulaScope scope) {
        if (target.table() == null) {
            return store(target, scope, scope.values());
        }
        JsonNode rows = scope.values().get(String.valueOf(target.table().id()));
        Optional<FormulaFailed> firstFailure = Optional.empty();
        if (rows == null || !rows.isArray()) {
            return firstFailure;
        }
        for (JsonNode row : rows) {
            if (row.path("cells").isObject()) {
                ObjectNode cells = (ObjectNode) row.get("cells");
                Optional<FormulaFailed> failure = store(target, scope.inRow(target.table(), cells), cells);
                firstFailure = firstFailure.or(() -> failure);
            }
        }
        return firstFailure;
    }

    /**
     * Evaluates the formula in the scope and stores the result in the container. An empty result, or a failure,
     * removes the stored value.
     *
     * @return the failure, naming the field and the formula; empty when the formula was computed
     */
    private static Optional<FormulaFailed> store(FormulaTarget target, StoredFormulaScope scope, ObjectNode container) {
        String key = String.valueOf(target.field().id());
        try {
            FormulaValue result = new FormulaEvaluator(scope.fields(), scope).evaluate(target.expression());
            JsonNode stored = FormulaValues.write(target.field(), result);
            if (stored == null) {
                container.remove(key);
            } else {
                container.set(key, stored);
            }
            return Optional.empty();
        } catch (FormulaEvaluationFailed failure) {
            container.remove(key);
            return Optional.of(new FormulaFailed(failure.reason(), target.field().name(), target.source(),
                    failure.detail()));
        }
    }

    private static FormulaFailed invalid(DefinitionProblem problem) {
        List<Object> arguments = problem.arguments();
        return new FormulaFailed("invalid", String.valueOf(arguments.get(0)), String.valueOf(arguments.get(1)), "");
    }

    private static Supplier<LocalDate> memoized(Supplier<LocalDate> supplier) {
        LocalDate[] known = new LocalDate[1];
        return () -> {
            if (known[0] == null) {
                known[0] = supplier.get();
            }
            return known[0];
        };
    }
}
