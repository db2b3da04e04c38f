package io.potok.platform.web;

/**
 * One administrators' settings page, listed on the settings page. Modules declare their pages as beans of this
 * type, so the list grows without the shell knowing the modules.
 *
 * @param url where the page is
 * @param titleKey message key of the page's name
 * @param descriptionKey message key of one sentence saying what is set there
 * @param order position in the list, smaller first
 */
public record SettingsLink(String url, String titleKey, String descriptionKey, int order) {
}
