package io.potok.forms.internal;

import java.util.List;

/**
 * A parsed formula: a tree of literals, field references, operators and function calls.
 */
sealed interface FormulaExpression {

    /** The 1-based character position in the formula where the expression starts, to name it in a problem. */
    int position();

    <R> R accept(Visitor<R> visitor);

    /** An operation over every kind of expression. */
    interface Visitor<R> {

        R literal(Literal literal);

        R reference(Reference reference);

        R unary(Unary unary);

        R binary(Binary binary);

        R call(Call call);
    }

    /** A number, text, {@code true} or {@code false} written in the formula. */
    record Literal(FormulaValue value, int position) implements FormulaExpression {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.literal(this);
        }
    }

    /**
     * A field named by its code, or by its id as {@code #12}.
     *
     * @param fieldId the id, or null for a reference by code
     * @param code the code, or null for a reference by id
     */
    record Reference(Integer fieldId, String code, int position) implements FormulaExpression {

        static Reference byId(int fieldId, int position) {
            return new Reference(fieldId, null, position);
        }

        static Reference byCode(String code, int position) {
            return new Reference(null, code, position);
        }

        /** Returns the reference as written in the formula. */
        String text() {
            return fieldId != null ? "#" + fieldId : code;
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.reference(this);
        }
    }

    /** {@code -x} or {@code not x}. */
    record Unary(FormulaOperator operator, FormulaExpression operand, int position) implements FormulaExpression {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.unary(this);
        }
    }

    record Binary(FormulaOperator operator, FormulaExpression left, FormulaExpression right, int position)
            implements FormulaExpression {

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.binary(this);
        }
    }

    /**
     * A function call.
     *
     * @param name the function name as written; it may name no function, which the checker reports
     */
    record Call(String name, List<FormulaExpression> arguments, int position) implements FormulaExpression {

        public Call {
            arguments = List.copyOf(arguments);
        }

        @Override
        public <R> R accept(Visitor<R> visitor) {
            return visitor.call(this);
        }
    }
}
