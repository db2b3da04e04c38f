package io.potok.processes.web;

import java.util.List;

import io.potok.processes.ProcessTemplate;

/**
 * One card of the template gallery.
 *
 * @param template the template
 * @param installed whether a live form of the template's name already exists
 * @param requiredTitleKeys message keys of the titles of the templates it installs first when missing
 */
public record TemplateEntry(ProcessTemplate template, boolean installed, List<String> requiredTitleKeys) {
}
