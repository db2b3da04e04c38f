package io.potok.forms;

import java.util.List;

/**
 * One reason a form definition cannot be published, such as a condition on a field that no longer exists.
 *
 * @param code the message key suffix under {@code definition.problem.}, such as {@code unknown_field}
 * @param arguments the message arguments: the names of the field, step or value that is wrong
 */
public record DefinitionProblem(String code, List<Object> arguments) {

    public DefinitionProblem {
        arguments = List.copyOf(arguments);
    }

    public static DefinitionProblem of(String code, Object... arguments) {
        return new DefinitionProblem(code, List.of(arguments));
    }

    public String messageKey() {
        return "definition.problem." + code;
    }
}
