package io.potok.processes;

import java.util.List;

import io.potok.platform.PotokException;

/**
 * A process document names members, departments, catalogs, items or forms that the target workspace does not
 * have, or is otherwise unusable there. The message names the first problem; {@link #problems()} lists all.
 */
public class ProcessReferencesUnresolved extends PotokException {

    private final transient List<ImportProblem> problems;

    public ProcessReferencesUnresolved(List<ImportProblem> problems) {
        super("process_references_unresolved", 422, problems.get(0).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<ImportProblem> problems() {
        return problems;
    }

    @Override
    public String messageKey() {
        return problems.get(0).messageKey();
    }
}
