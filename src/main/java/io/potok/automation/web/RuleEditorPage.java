package io.potok.automation.web;

import java.util.List;

/**
 * The content of a form's rules page.
 *
 * @param formId the form
 * @param formName the form's name
 * @param version the form's published version the draft builds on
 * @param data the draft's rules and everything their editors pick from, as JSON for the page script
 * @param publishedVersion the version just published from this page, or null
 * @param problems why the last publish failed, in the member's language; empty when it did not fail
 */
public record RuleEditorPage(long formId, String formName, int version, String data, Integer publishedVersion,
                             List<String> problems) {
}
