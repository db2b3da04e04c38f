package io.potok.tasks.web;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.potok.forms.Form;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.tasks.TaskMoves;
import io.potok.tasks.TaskMoves.PlannedMove;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page that moves a form's open tasks to its current route version, after a preview of where each lands.
 */
@Controller
class TaskMovesController {

    private final TaskMoves moves;
    private final Forms forms;
    private final Members members;

    TaskMovesController(TaskMoves moves, Forms forms, Members members) {
        this.moves = moves;
        this.forms = forms;
        this.members = members;
    }

    @GetMapping("/forms/{formId}/move-tasks")
    String preview(CurrentMember member, @PathVariable long formId,
                   @RequestParam(name = "moved", required = false) Integer moved, Model model) {
        List<PlannedMove> planned = moves.preview(member, formId);
        Form form = forms.find(member.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));

        model.addAttribute("view", new TaskMovesPage(form, planned, names(member, planned), moved));
        return "tasks/move";
    }

    @PostMapping("/forms/{formId}/move-tasks")
    String move(CurrentMember member, @PathVariable long formId) {
        int moved = moves.moveAll(member, formId);
        return "redirect:/forms/" + formId + "/move-tasks?moved=" + moved;
    }

    private Map<Long, Member> names(CurrentMember member, List<PlannedMove> planned) {
        Set<Long> ids = new HashSet<>();
        planned.forEach(move -> ids.addAll(move.assigneeIds()));
        return members.findAll(member.orgId(), ids);
    }
}
