package io.potok.processes.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import io.potok.forms.Form;
import io.potok.identity.CurrentMember;
import io.potok.processes.ImportPlan;
import io.potok.processes.ProcessAccessDenied;
import io.potok.processes.ProcessDocument;
import io.potok.processes.ProcessFileInvalid;
import io.potok.processes.ProcessFiles;
import io.potok.processes.ProcessFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The import page for organisation administrators: upload or paste a process document, see the plan, then
 * confirm. The confirmed text is planned again, so a workspace changed in between is noticed.
 */
@Controller
class ProcessImportController {

    private final ProcessFiles files;
    private final MessageSource messages;

    ProcessImportController(ProcessFiles files, MessageSource messages) {
        this.files = files;
        this.messages = messages;
    }

    @GetMapping("/processes/import")
    String page(CurrentMember member, Model model) {
        requireAdmin(member);
        return view(model, ImportView.empty());
    }

    @PostMapping("/processes/import/preview")
    String preview(CurrentMember member, @RequestParam(name = "file", required = false) MultipartFile file,
                   @RequestParam(name = "text", defaultValue = "") String pasted, Model model) throws IOException {
        requireAdmin(member);
        String text = file != null && !file.isEmpty() ? new String(file.getBytes(), StandardCharsets.UTF_8) : pasted;
        if (text.isBlank()) {
            return view(model, ImportView.failed(text, messages.getMessage("processes.import.empty", null,
                    member.locale())));
        }
        try {
            ProcessDocument document = files.read(text, ProcessFormat.detect(text));
            return view(model, ImportView.planned(text, files.preview(member, document)));
        } catch (ProcessFileInvalid invalid) {
            return view(model, ImportView.failed(text, message(invalid, member)));
        }
    }

    @PostMapping("/processes/import")
    String confirm(CurrentMember member, @RequestParam("text") String text, Model model) {
        requireAdmin(member);
        try {
            ProcessDocument document = files.read(text, ProcessFormat.detect(text));
            ImportPlan plan = files.preview(member, document);
            if (!plan.ready()) {
                return view(model, ImportView.planned(text, plan));
            }
            Form form = files.create(member, document);
            return "redirect:/forms?imported=" + form.id();
        } catch (ProcessFileInvalid invalid) {
            return view(model, ImportView.failed(text, message(invalid, member)));
        }
    }

    private String message(ProcessFileInvalid invalid, CurrentMember member) {
        return messages.getMessage(invalid.messageKey(), invalid.arguments(), member.locale());
    }

    private static String view(Model model, ImportView view) {
        model.addAttribute("view", view);
        return "processes/import";
    }

    private static void requireAdmin(CurrentMember member) {
        if (!member.admin()) {
            throw ProcessAccessDenied.toImport();
        }
    }
}
