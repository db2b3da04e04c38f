package io.potok.forms.internal;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import io.potok.forms.FieldDefinition;
import io.potok.forms.internal.FormulaExpression.Binary;
import io.potok.forms.internal.FormulaExpression.Call;
import io.potok.forms.internal.FormulaExpression.Literal;
import io.potok.forms.internal.FormulaExpression.Reference;
import io.potok.forms.internal.FormulaExpression.Unary;

/**
 * Computes a formula's value. An empty operand makes the operation empty, so a half-filled form gives an
 * empty result rather than an error; {@code if}, {@code ifempty}, {@code and} and {@code or} evaluate only the
 * operands they need. Evaluation reads the scope and changes nothing.
 */
final class FormulaEvaluator implements FormulaExpression.Visitor<FormulaValue> {

    private final FormulaFields fields;
    private final FormulaScope scope;

    FormulaEvaluator(FormulaFields fields, FormulaScope scope) {
        this.fields = fields;
        this.scope = scope;
    }

    /**
     * @throws FormulaEvaluationFailed when the values cannot be computed, such as on division by zero
     */
    FormulaValue evaluate(FormulaExpression expression) {
        return expression.accept(this);
    }

    @Override
    public FormulaValue literal(Literal literal) {
        return literal.value();
    }

    @Override
    public FormulaValue reference(Reference reference) {
        return scope.value(resolve(reference));
    }

    @Override
    public FormulaValue unary(Unary unary) {
        FormulaValue operand = evaluate(unary.operand());
        return operand.isEmpty() ? FormulaValue.EMPTY : FormulaOperations.apply(unary.operator(), operand);
    }

    @Override
    public FormulaValue binary(Binary binary) {
        if (binary.operator() == FormulaOperator.AND || binary.operator() == FormulaOperator.OR) {
            return logical(binary);
        }
        FormulaValue left = evaluate(binary.left());
        FormulaValue right = evaluate(binary.right());
        if (left.isEmpty() || right.isEmpty()) {
            return FormulaValue.EMPTY;
        }
        return FormulaOperations.apply(binary.operator(), left, right);
    }

    /** Evaluates the right operand only when the left one does not decide: false for and, true for or. */
    private FormulaValue logical(Binary binary) {
        boolean decidesOn = binary.operator() == FormulaOperator.OR;
        FormulaValue left = condition(binary.left(), binary.operator().symbol());
        if (left.isEmpty() || left.bool() == decidesOn) {
            return left;
        }
        return condition(binary.right(), binary.operator().symbol());
    }

    @Override
    public FormulaValue call(Call call) {
        FormulaFunction function = FormulaFunction.named(call.name())
                .filter(named -> named.accepts(call.arguments().size()))
                .orElseThrow(FormulaEvaluationFailed::invalid);
        List<FormulaExpression> arguments = call.arguments();
        switch (function) {
            case IF:
                return choose(arguments);
            case IFEMPTY:
                FormulaValue value = evaluate(arguments.get(0));
                return value.isEmpty() ? evaluate(arguments.get(1)) : value;
            case TODAY:
                return FormulaOperations.checkedDate(scope.today());
            case ROUND:
                return round(arguments);
            case ABS:
                return unlessEmpty(evaluate(arguments.get(0)), FormulaFunctions::abs);
            default:
                return FormulaFunctions.aggregate(function, aggregated(arguments));
        }
    }

    private FormulaValue choose(List<FormulaExpression> arguments) {
        FormulaValue condition = condition(arguments.get(0), "if");
        if (condition.isEmpty()) {
            return FormulaValue.EMPTY;
        }
        return evaluate(arguments.get(condition.bool() ? 1 : 2));
    }

    private FormulaValue round(List<FormulaExpression> arguments) {
        FormulaValue number = evaluate(arguments.get(0));
        FormulaValue places = arguments.size() > 1 ? evaluate(arguments.get(1))
                : FormulaValue.number(BigDecimal.ZERO);
        if (number.isEmpty() || places.isEmpty()) {
            return FormulaValue.EMPTY;
        }
        return FormulaFunctions.round(number, places);
    }

    /** Returns the values a sum, min or max works over: every cell of a column, or else the arguments. */
    private List<FormulaValue> aggregated(List<FormulaExpression> arguments) {
        Optional<FieldDefinition> column = FormulaCompiler.columnArgument(arguments, fields);
        if (column.isPresent()) {
            return scope.column(column.get());
        }
        return arguments.stream().map(this::evaluate).toList();
    }

    private FormulaValue condition(FormulaExpression expression, String operation) {
        FormulaValue value = evaluate(expression);
        if (!value.isEmpty() && value.type() != FormulaType.BOOLEAN) {
            throw FormulaEvaluationFailed.operandTypes(operation);
        }
        return value;
    }

    private FieldDefinition resolve(Reference reference) {
        return fields.resolve(reference).orElseThrow(FormulaEvaluationFailed::invalid);
    }

    private static FormulaValue unlessEmpty(FormulaValue value, UnaryOperator<FormulaValue> operation) {
        return value.isEmpty() ? FormulaValue.EMPTY : operation.apply(value);
    }
}
