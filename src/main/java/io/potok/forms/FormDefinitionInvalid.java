package io.potok.forms;

import java.util.List;

import io.potok.platform.PotokException;

/**
 * A form definition was refused on publish. The message names the first problem; {@link #problems()} lists
 * them all so that a page can show each one.
 */
public class FormDefinitionInvalid extends PotokException {

    private final transient List<DefinitionProblem> problems;

    public FormDefinitionInvalid(List<DefinitionProblem> problems) {
        super("form_definition_invalid", 422, problems.get(0).arguments().toArray());
        this.problems = List.copyOf(problems);
    }

    public List<DefinitionProblem> problems() {
        return problems;
    }

    @Override
    public String messageKey() {
        return problems.get(0).messageKey();
    }
}
