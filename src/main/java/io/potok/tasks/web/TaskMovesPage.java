package io.potok.tasks.web;

import java.util.List;
import java.util.Map;

import io.potok.forms.Form;
import io.potok.identity.Member;
import io.potok.tasks.TaskMoves.PlannedMove;

/**
 * The content of the page that moves open tasks to a form's current route version.
 *
 * @param form the form at its current version
 * @param moves every open task on an older version with where it lands
 * @param people the assignees named in the moves, keyed by id
 * @param moved how many tasks the last move moved, null when the page is not shown after a move
 */
public record TaskMovesPage(Form form, List<PlannedMove> moves, Map<Long, Member> people, Integer moved) {

    /** Returns the names of the members who decide the step the task lands on, comma-separated. */
    public String assignees(PlannedMove move) {
        return move.assigneeIds().stream().sorted()
                .map(id -> people.containsKey(id) ? people.get(id).displayName() : "#" + id)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .reduce((left, right) -> left + ", " + right)
                .orElse("");
    }
}
