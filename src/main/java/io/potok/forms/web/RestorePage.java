package io.potok.forms.web;

import java.util.List;

import io.potok.forms.DefinitionProblem;
import io.potok.forms.Form;

/**
 * The confirmation before an earlier version is published again as the form's next version.
 *
 * @param form the form at its current version
 * @param version the version to restore
 * @param fields how the fields would change against the current version
 * @param steps how the steps would change against the current version
 * @param automation how the rules, schedules and webhook subscriptions would change
 * @param problems why the last restore attempt was refused; empty before the first attempt
 */
public record RestorePage(Form form, int version, List<DiffRow> fields, List<DiffRow> steps,
                          List<DiffRow> automation, List<DefinitionProblem> problems) {
}
