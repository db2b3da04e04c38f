package io.potok.tasks.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.potok.identity.CurrentMember;
import io.potok.tasks.Attachments;
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * Decisions, comments, subscribers and files on the task page. Each posts one change to the tasks module,
 * which checks that the member may make it.
 */
@Controller
class TaskActionsController {

    private final Tasks tasks;
    private final Attachments attachments;
    private final TaskPages pages;

    TaskActionsController(Tasks tasks, Attachments attachments, TaskPages pages) {
        this.tasks = tasks;
        this.attachments = attachments;
        this.pages = pages;
    }

    /** Approves, rejects or returns the current step: {@code decision} is approve, reject or return. */
    @PostMapping("/tasks/{taskId:\\d+}/decision")
    String decide(CurrentMember member, @PathVariable long taskId, @RequestParam("decision") String decision,
                  @RequestParam(name = "text", defaultValue = "") String text) {
        TaskChange change;
        switch (decision) {
            case "approve":
                change = TaskChange.approve();
                break;
            case "reject":
                change = TaskChange.reject();
                break;
            case "return":
                change = TaskChange.returnToPrevious();
                break;
            case "reopen":
                change = TaskChange.reopen();
                break;
            default:
                throw new io.potok.tasks.web.UnknownDecision(decision);
        }
        tasks.change(member, taskId, text.isBlank() ? change : change.withText(text.trim()));
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId:\\d+}/reassign")
    String reassign(CurrentMember member, @PathVariable long taskId, @RequestParam("to") long toMemberId) {
        tasks.change(member, taskId, TaskChange.reassign(null, toMemberId));
        return "redirect:/tasks/" + taskId;
    }

    @PostMapping("/tasks/{taskId:\\d+}/subscribers")
    String subscribers(CurrentMember member, @PathVariable long taskId,
                       @RequestParam(name = "add", required = false) Long added,
                       @RequestParam(name = "remove", required = false) Long removed) {
        tasks.change(member, taskId, TaskChange.subscribe(added == null ? Set.of() : Set.of(added),
                removed == null ? Set.of() : Set.of(removed)));
        return "redirect:/tasks/" + taskId;
    }

    /**
     * Adds a comment with its files. An htmx request gets the comments part of the page back; a plain
     * form post is redirected to the task.
     */
    @PostMapping("/tasks/{taskId:\\d+}/comments")
    String comment(CurrentMember member, @PathVariable long taskId,
                   @RequestParam(name = "text", defaultValue = "") String text,
                   @RequestParam(name = "files", required = false) List<MultipartFile> files,
                   @RequestHeader(name = "HX-Request", required = false) String htmx,
                   HttpServletRequest request, Model model) {
        List<UUID> uploaded = upload(member, files);
        if (!text.isBlank() || !uploaded.isEmpty()) {
            TaskChange change = TaskChange.NONE.withAttachments(uploaded);
            tasks.change(member, taskId, text.isBlank() ? change : change.withText(text.trim()));
        }
        if (htmx == null) {
            return "redirect:/tasks/" + taskId;
        }
        TaskView task = tasks.view(member, taskId);
        model.addAttribute("view", pages.stored(member, task, RequestContextUtils.getLocale(request)));
        return "tasks/comments";
    }

    @GetMapping("/tasks/{taskId:\\d+}/files/{attachmentId:\\d+}")
    ResponseEntity<InputStreamResource> download(CurrentMember member, @PathVariable long taskId,
                                                 @PathVariable long attachmentId) {
        Attachments.StoredFile file = attachments.open(member, attachmentId);
        MediaType type = file.contentType() == null ? MediaType.APPLICATION_OCTET_STREAM
                : MediaType.parseMediaType(file.contentType());
        return ResponseEntity.ok()
                .contentType(type)
                .contentLength(file.file().size())
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.file().name(), java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new InputStreamResource(file.content()));
    }

    private List<UUID> upload(CurrentMember member, List<MultipartFile> files) {
        List<UUID> guids = new ArrayList<>();
        if (files == null) {
            return guids;
        }
        for (MultipartFile file : files) {
            if (file.isEmpty()) {
                continue;
            }
            try (InputStream content = file.getInputStream()) {
                guids.add(attachments.upload(member, file.getOriginalFilename(), file.getContentType(), content).guid());
            } catch (IOException failed) {
                throw new UncheckedIOException("Reading uploaded file " + file.getOriginalFilename() + " failed", failed);
            }
        }
        return guids;
    }
}
