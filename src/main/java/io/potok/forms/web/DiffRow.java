package io.potok.forms.web;

import java.util.List;

/**
 * One field or step in the side-by-side comparison of two form versions.
 *
 * @param kind {@code added}, {@code removed} or {@code changed}
 * @param title the field's name or the step's number and name
 * @param lines what is shown in the two columns, one line per aspect
 */
public record DiffRow(String kind, String title, List<Line> lines) {

    /**
     * One aspect of a field or step in both versions.
     *
     * @param label what the aspect is, such as "Type"
     * @param before the text in the earlier version; empty when the field or step is not there
     * @param after the text in the later version; empty when the field or step is not there
     */
    public record Line(String label, String before, String after) {
    }
}
