package io.potok.automation.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.potok.identity.CurrentMember;

/**
 * A part of a task's automation panel beside the rule runs, such as webhook deliveries or bot calls. Declare
 * a bean of this type to add one. The panel shows the sections in bean order, each as a titled table.
 */
public interface TaskAutomationSection {

    /**
     * Returns the section for the task, or empty when there is nothing to show. The panel has already
     * checked that the viewer may see the task.
     */
    Optional<Section> section(CurrentMember viewer, long taskId, Locale locale);

    /**
     * A titled table in the viewer's language.
     *
     * @param id the HTML id of the section, such as {@code webhook-deliveries}
     * @param title the section's heading
     * @param headers the column headings
     * @param rows the cells of each row, as many as there are headings
     */
    record Section(String id, String title, List<String> headers, List<List<String>> rows) {

        public Section {
            headers = List.copyOf(headers);
            rows = rows.stream().map(List::copyOf).toList();
        }
    }
}
