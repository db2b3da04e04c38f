package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.internal.FormulaExpression.Binary;
import io.potok.forms.internal.FormulaExpression.Call;
import io.potok.forms.internal.FormulaExpression.Literal;
import io.potok.forms.internal.FormulaExpression.Reference;
import io.potok.forms.internal.FormulaExpression.Unary;

/**
 * Infers the type of each part of a formula before it is published and reports what cannot work. The problems
 * are unknown fields and functions, fields a formula cannot read, table columns outside their row or an
 * aggregate, and operators applied to values they do not take. A part with a problem has no type (null), so
 * one mistake is reported once rather than again by every operator above it.
 */
final class FormulaTyping implements FormulaExpression.Visitor<FormulaType> {

    private final FormulaFields fields;
    private final FieldDefinition target;
    private final FieldDefinition rowTable;
    private final String shownSource;
    private final List<DefinitionProblem> problems = new ArrayList<>();
    private final Set<Integer> dependencies = new LinkedHashSet<>();

    /**
     * @param rowTable the table whose row the formula is computed in, or null for a top-level field
     * @param shownSource the formula as problems quote it
     */
    FormulaTyping(FormulaFields fields, FieldDefinition target, FieldDefinition rowTable, String shownSource) {
        this.fields = fields;
        this.target = target;
        this.rowTable = rowTable;
        this.shownSource = shownSource;
    }

    List<DefinitionProblem> problems() {
        return List.copyOf(problems);
    }

    Set<Integer> dependencies() {
        return Set.copyOf(dependencies);
    }

    @Override
    public FormulaType literal(Literal literal) {
        return literal.value().type();
    }

    @Override
    public FormulaType reference(Reference reference) {
        FieldDefinition field = readable(reference);
        if (field == null) {
            return null;
        }
        Optional<FieldDefinition> table = fields.tableOf(field);
        if (table.isPresent() && (rowTable == null || table.get().id() != rowTable.id())) {
            return problem("formula_column_outside_row", reference.text());
        }
        return FormulaTypes.of(field).orElseThrow();
    }

    @Override
    public FormulaType unary(Unary unary) {
        FormulaType operand = unary.operand().accept(this);
        if (operand == null) {
            return null;
        }
        return FormulaOperations.resultType(unary.operator(), operand)
                .orElseGet(() -> operandTypes(unary.operator().symbol(), unary.position()));
    }

    @Override
    public FormulaType binary(Binary binary) {
        FormulaType left = binary.left().accept(this);
        FormulaType right = binary.right().accept(this);
        if (left == null || right == null) {
            return null;
        }
        return FormulaOperations.resultType(binary.operator(), left, right)
                .orElseGet(() -> operandTypes(binary.operator().symbol(), binary.position()));
    }

    @Override
    public FormulaType call(Call call) {
        Optional<FormulaFunction> function = FormulaFunction.named(call.name());
        if (function.isEmpty()) {
            call.arguments().forEach(argument -> argument.accept(this));
            return problem("formula_unknown_function", call.name());
        }
        if (!function.get().accepts(call.arguments().size())) {
            return problem("formula_argument_count", function.get().lowerCaseName(), call.arguments().size());
        }
        Optional<FieldDefinition> column = FormulaCompiler.columnArgument(call.arguments(), fields);
        if (function.get().aggregates() && column.isPresent()) {
            return aggregate(function.get(), column.get(), call);
        }
        List<FormulaType> arguments = new ArrayList<>();
        call.arguments().forEach(argument -> arguments.add(argument.accept(this)));
        if (arguments.contains(null)) {
            return null;
        }
        return functionType(function.get(), arguments)
                .orElseGet(() -> operandTypes(function.get().lowerCaseName(), call.position()));
    }

    /** Types {@code sum}, {@code min} or {@code max} over every cell of a table column. */
    private FormulaType aggregate(FormulaFunction function, FieldDefinition column, Call call) {
        Reference reference = (Reference) call.arguments().get(0);
        if (readable(reference) == null) {
            return null;
        }
        FormulaType cell = FormulaTypes.of(column).orElseThrow();
        return functionType(function, List.of(cell))
                .orElseGet(() -> operandTypes(function.lowerCaseName(), call.position()));
    }

    /** Returns the result type of a function for these argument types, or empty when they do not fit. */
    private static Optional<FormulaType> functionType(FormulaFunction function, List<FormulaType> arguments) {
        FormulaType first = arguments.isEmpty() ? null : arguments.get(0);
        boolean allSame = arguments.stream().allMatch(type -> type == first);
        switch (function) {
            case IF:
                boolean branchesMatch = arguments.get(1) == arguments.get(2);
                return first == FormulaType.BOOLEAN && branchesMatch ? Optional.of(arguments.get(1)) : Optional.empty();
            case IFEMPTY:
                return allSame ? Optional.of(first) : Optional.empty();
            case TODAY:
                return Optional.of(FormulaType.DATE);
            case SUM:
            case ROUND:
            case ABS:
                return allSame && first == FormulaType.NUMBER ? Optional.of(first) : Optional.empty();
            default:
                boolean ordered = first == FormulaType.NUMBER || first == FormulaType.DATE;
                return allSame && ordered ? Optional.of(first) : Optional.empty();
        }
    }

    /** Resolves a reference to a field a formula can read, recording it; null after reporting a problem. */
    private FieldDefinition readable(Reference reference) {
        Optional<FieldDefinition> field = fields.resolve(reference);
        if (field.isEmpty()) {
            problem("formula_unknown_field", reference.text());
            return null;
        }
        dependencies.add(field.get().id());
        if (FormulaTypes.of(field.get()).isEmpty()) {
            problem("formula_incompatible_field", field.get().name(), field.get().type().wireName());
            return null;
        }
        return field.get();
    }

    private FormulaType operandTypes(String operation, int position) {
        return problem("formula_operand_types", operation, String.valueOf(position));
    }

    /** Records a problem about this formula and returns no type. */
    private FormulaType problem(String code, Object... details) {
        Object[] arguments = new Object[details.length + 2];
        arguments[0] = target.name();
        arguments[1] = shownSource;
        System.arraycopy(details, 0, arguments, 2, details.length);
        problems.add(DefinitionProblem.of(code, arguments));
        return null;
    }
}
