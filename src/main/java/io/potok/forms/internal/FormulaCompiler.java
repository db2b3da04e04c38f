package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FormDefinition;
import io.potok.forms.internal.FormulaExpression.Reference;
import io.potok.forms.internal.FormulaGraph.Ordering;

/**
 * Parses and checks every formula of a form and orders the computed fields for evaluation. The publish check
 * reports the problems; a save evaluates the ordered formulas.
 */
final class FormulaCompiler {

    /** Formulas longer than this are shortened in messages. */
    private static final int SHOWN_LENGTH = 100;

    private final FormDefinition form;
    private final FormulaFields fields;
    private final Map<Integer, FormulaTarget> targets = new LinkedHashMap<>();
    private final List<DefinitionProblem> problems = new ArrayList<>();

    private FormulaCompiler(FormDefinition form) {
        this.form = form;
        this.fields = new FormulaFields(form);
    }

    static FormulaCompilation compile(FormDefinition form) {
        FormulaCompiler compiler = new FormulaCompiler(form);
        form.allFields().forEach(field ->
                Computations.formulaOf(field).ifPresent(source -> compiler.compile(field, source)));
        return compiler.ordered();
    }

    /**
     * Returns the table column a {@code sum}, {@code min} or {@code max} works over: its only argument, when
     * that names a table column; empty otherwise.
     */
    static Optional<FieldDefinition> columnArgument(List<FormulaExpression> arguments, FormulaFields fields) {
        if (arguments.size() != 1 || !(arguments.get(0) instanceof Reference reference)) {
            return Optional.empty();
        }
        return fields.resolve(reference).filter(field -> fields.tableOf(field).isPresent());
    }

    private void compile(FieldDefinition field, String source) {
        String shown = shown(source);
        if (!FormulaTypes.canHold(field.type())) {
            problems.add(DefinitionProblem.of("formula_field_type", field.name(), shown, field.type().wireName()));
            return;
        }
        if (source.length() > FormulaParser.MAX_LENGTH) {
            problems.add(DefinitionProblem.of("formula_too_long", field.name(), shown, FormulaParser.MAX_LENGTH));
            return;
        }
        try {
            check(field, source, FormulaParser.parse(source));
        } catch (FormulaSyntaxError error) {
            problems.add(DefinitionProblem.of("formula_syntax", field.name(), shown, String.valueOf(error.position()),
                    error.near()));
        }
    }

    private void check(FieldDefinition field, String source, FormulaExpression expression) {
        FieldDefinition table = fields.tableOf(field).orElse(null);
        FormulaTyping typing = new FormulaTyping(fields, field, table, shown(source));
        FormulaType result = expression.accept(typing);
        problems.addAll(typing.problems());
        if (result != null && !FormulaTypes.fits(field.type(), result)) {
            problems.add(DefinitionProblem.of("formula_result_type", field.name(), shown(source),
                    field.type().wireName()));
        }
        if (typing.problems().isEmpty()) {
            targets.put(field.id(), new FormulaTarget(field, table, source, expression, typing.dependencies()));
        }
    }

    private FormulaCompilation ordered() {
        Map<Integer, Set<Integer>> dependencies = new LinkedHashMap<>();
        targets.forEach((id, target) -> dependencies.put(id, target.dependencies()));
        Ordering ordering = FormulaGraph.order(dependencies);
        if (!ordering.cycle().isEmpty()) {
            problems.add(cycle(ordering.cycle()));
        }
        List<FormulaTarget> ordered = ordering.order().stream().map(targets::get).toList();
        return new FormulaCompilation(fields, ordered, problems);
    }

    private DefinitionProblem cycle(List<Integer> cycle) {
        FormulaTarget first = targets.get(cycle.get(0));
        String names = cycle.stream()
                .map(id -> form.field(id).map(FieldDefinition::name).orElse("#" + id))
                .collect(Collectors.joining(" → "));
        return DefinitionProblem.of("formula_cycle", first.field().name(), shown(first.source()), names);
    }

    private static String shown(String source) {
        return source.length() <= SHOWN_LENGTH ? source : source.substring(0, SHOWN_LENGTH) + "…";
    }
}
