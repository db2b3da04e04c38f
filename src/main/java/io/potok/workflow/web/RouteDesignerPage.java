package io.potok.workflow.web;

/**
 * The content of the route designer page.
 *
 * @param formId the form
 * @param formName the form's name
 * @param version the form's published version the draft builds on
 * @param data the route and everything its editors pick from, as JSON for the page script: {@code route},
 *        {@code fields} (id, name, type, options, catalogId), {@code members}, {@code roles} and
 *        {@code catalogItems} keyed by catalog id
 */
public record RouteDesignerPage(long formId, String formName, int version, String data) {
}
