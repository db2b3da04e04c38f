package io.potok.processes.web;

import java.nio.charset.StandardCharsets;

import io.potok.identity.CurrentMember;
import io.potok.processes.ProcessDocument;
import io.potok.processes.ProcessFiles;
import io.potok.processes.ProcessFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Downloads a form as {@code <name>.yaml} or {@code <name>.json}, with catalog items, for the form's
 * administrators.
 */
@Controller
class FormExportController {

    private final ProcessFiles files;

    FormExportController(ProcessFiles files) {
        this.files = files;
    }

    @GetMapping("/forms/{formId}/export")
    ResponseEntity<byte[]> export(CurrentMember member, @PathVariable long formId,
                                  @RequestParam(defaultValue = "yaml") String format) {
        ProcessFormat chosen = ProcessFormat.parse(format).orElse(ProcessFormat.YAML);
        ProcessDocument document = files.export(member, formId, true);
        byte[] content = files.write(document, chosen, member.locale()).getBytes(StandardCharsets.UTF_8);
        ContentDisposition disposition = ContentDisposition.attachment()
                .filename(document.name() + "." + chosen.extension(), StandardCharsets.UTF_8)
                .build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(new MediaType(MediaType.parseMediaType(chosen.mediaType()), StandardCharsets.UTF_8))
                .body(content);
    }
}
