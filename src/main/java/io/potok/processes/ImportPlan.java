package io.potok.processes;

import java.util.List;

import io.potok.forms.DefinitionProblem;

/**
 * The effects of importing a process document, shown before anything is stored.
 *
 * @param formName the form to create or publish
 * @param catalogs each catalog the document names, created or reused
 * @param roles each role the document names, created or reused
 * @param linkedForms the forms that form_link fields point to, all found
 * @param problems references that cannot be resolved; the import is refused while there are any
 * @param definitionProblems what the definition checks refuse, found by a trial run; empty when
 *        {@code problems} stopped the plan before it
 */
public record ImportPlan(String formName, List<Action> catalogs, List<Action> roles, List<String> linkedForms,
                         List<ImportProblem> problems, List<DefinitionProblem> definitionProblems) {

    public ImportPlan {
        catalogs = List.copyOf(catalogs);
        roles = List.copyOf(roles);
        linkedForms = List.copyOf(linkedForms);
        problems = List.copyOf(problems);
        definitionProblems = List.copyOf(definitionProblems);
    }

    /** Tells whether the import can run as planned. */
    public boolean ready() {
        return problems.isEmpty() && definitionProblems.isEmpty();
    }

    public ImportPlan withProblems(List<ImportProblem> found) {
        return new ImportPlan(formName, catalogs, roles, linkedForms, found, definitionProblems);
    }

    public ImportPlan withDefinitionProblems(List<DefinitionProblem> found) {
        return new ImportPlan(formName, catalogs, roles, linkedForms, problems, found);
    }

    /**
     * A catalog or role of the plan.
     *
     * @param name its name
     * @param created true when the import creates it, false when it reuses the one in the workspace
     * @param itemCount for a created catalog, how many items it receives; 0 otherwise
     */
    public record Action(String name, boolean created, int itemCount) {
    }
}
