package io.potok.workflow.web;

import java.util.List;

/**
 * The result of test mode: every step of the route, taken or skipped, with who would decide it.
 *
 * @param steps the route's steps in order
 */
record RouteTestResult(List<StepLine> steps) {

    /**
     * One step as test mode shows it.
     *
     * @param number the step number
     * @param name the step name
     * @param outcome {@code taken}, {@code condition_false} or {@code no_assignee}
     * @param explanation the outcome as a sentence in the viewer's language
     * @param assignees the names of the members who would decide it, empty when skipped
     */
    record StepLine(int number, String name, String outcome, String explanation, List<String> assignees) {
    }
}
