package io.potok.forms.web;

import java.util.List;

import io.potok.forms.Form;

/**
 * The side-by-side comparison of two versions of a form.
 *
 * @param form the form at its current version
 * @param versionNumbers every version number, newest first, for the version pickers
 * @param from the version in the left column
 * @param to the version in the right column
 * @param fields the fields that differ
 * @param steps the steps that differ
 * @param automation the rules, schedules and webhook subscriptions that differ
 */
public record ComparisonPage(Form form, List<Integer> versionNumbers, int from, int to, List<DiffRow> fields,
                             List<DiffRow> steps, List<DiffRow> automation) {

    public boolean same() {
        return fields.isEmpty() && steps.isEmpty() && automation.isEmpty();
    }
}
