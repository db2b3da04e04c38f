package io.potok.processes;

import java.util.List;

/**
 * One reference of a process document that cannot be resolved in the target workspace, such as a member
 * email that does not exist there.
 *
 * @param code the message key suffix under {@code process.problem.}, such as {@code member_not_found}
 * @param arguments the message arguments: the value that failed, then where it is used
 */
public record ImportProblem(String code, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(String code, Object... arguments) {
        return new ImportProblem(code, List.of(arguments));
    }

    public String messageKey() {
        return "process.problem." + code;
    }
}
