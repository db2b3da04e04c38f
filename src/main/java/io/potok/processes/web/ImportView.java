package io.potok.processes.web;

import io.potok.processes.ImportPlan;

/**
 * The state of the import page.
 *
 * @param text the document text, kept so that the user can confirm or correct it
 * @param plan the plan of the import; null before a preview or when the text cannot be read
 * @param error why the text cannot be read; null otherwise
 */
public record ImportView(String text, ImportPlan plan, String error) {

    static ImportView empty() {
        return new ImportView("", null, null);
    }

    static ImportView planned(String text, ImportPlan plan) {
        return new ImportView(text, plan, null);
    }

    static ImportView failed(String text, String error) {
        return new ImportView(text, null, error);
    }
}
