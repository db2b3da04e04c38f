package io.potok.catalogs.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.internal.imports.CatalogImport;
import io.potok.catalogs.internal.imports.CatalogImportFlow;
import io.potok.catalogs.internal.imports.CatalogImports;
import io.potok.catalogs.internal.imports.FileTable;
import io.potok.catalogs.internal.imports.ImportNotFound;
import io.potok.identity.CurrentMember;
import io.potok.platform.PotokException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * Catalog import pages for organisation administrators: upload a CSV or XLSX file, adjust how it is read and
 * mapped, check it, confirm, and follow the background run to its report.
 */
@Controller
class CatalogImportController {

    static final int PREVIEW_ROWS = 10;
    static final int REPORT_PAGE_SIZE = 50;
    static final int LISTED_IMPORTS = 20;

    private final Catalogs catalogs;
    private final CatalogImports imports;
    private final CatalogImportFlow flow;
    private final MessageSource messages;

    CatalogImportController(Catalogs catalogs, CatalogImports imports, CatalogImportFlow flow,
                            MessageSource messages) {
        this.catalogs = catalogs;
        this.imports = imports;
        this.flow = flow;
        this.messages = messages;
    }

    @GetMapping("/catalogs/{catalogId}/import")
    String start(CurrentMember member, @PathVariable long catalogId, Model model) {
        return uploadPage(member, catalog(member, catalogId), null, model);
    }

    @PostMapping("/catalogs/{catalogId}/import")
    String upload(CurrentMember member, @PathVariable long catalogId,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        Catalog catalog = catalog(member, catalogId);
        String fileName = file == null || file.getOriginalFilename() == null ? "" : file.getOriginalFilename();
        try {
            byte[] content = file == null ? new byte[0] : file.getBytes();
            long importId = flow.upload(member.orgId(), member.memberId(), catalogId, fileName, content);
            return "redirect:/catalogs/" + catalogId + "/import/" + importId;
        } catch (PotokException failure) {
            return uploadPage(member, catalog, message(failure), model);
        }
    }

    @GetMapping("/catalogs/{catalogId}/import/{importId}")
    String job(CurrentMember member, @PathVariable long catalogId, @PathVariable long importId,
               @RequestParam(defaultValue = "") String outcome, @RequestParam(defaultValue = "1") int page,
               Model model) {
        Catalog catalog = catalog(member, catalogId);
        return jobPage(member, catalog, job(member, catalog, importId), outcome, page, null, model);
    }

    @PostMapping("/catalogs/{catalogId}/import/{importId}/reading")
    String changeReading(CurrentMember member, @PathVariable long catalogId, @PathVariable long importId,
                         @RequestParam String encoding, @RequestParam String delimiter, Model model) {
        Catalog catalog = catalog(member, catalogId);
        job(member, catalog, importId);
        char separator = "tab".equals(delimiter) ? '\t' : delimiter.isEmpty() ? ',' : delimiter.charAt(0);
        return attempt(member, catalog, importId, model,
                () -> flow.changeReading(member.orgId(), importId, encoding, separator));
    }

    @PostMapping("/catalogs/{catalogId}/import/{importId}/check")
    String check(CurrentMember member, @PathVariable long catalogId, @PathVariable long importId,
                 @RequestParam(name = "column", required = false) List<String> mapping,
                 @RequestParam(defaultValue = "false") boolean archiveMissing, Model model) {
        Catalog catalog = catalog(member, catalogId);
        job(member, catalog, importId);
        List<String> columns = mapping == null ? List.of() : new ArrayList<>(mapping);
        return attempt(member, catalog, importId, model,
                () -> flow.check(member.orgId(), importId, columns, archiveMissing));
    }

    @PostMapping("/catalogs/{catalogId}/import/{importId}/confirm")
    String confirm(CurrentMember member, @PathVariable long catalogId, @PathVariable long importId, Model model) {
        Catalog catalog = catalog(member, catalogId);
        job(member, catalog, importId);
        return attempt(member, catalog, importId, model, () -> flow.confirm(member.orgId(), importId));
    }

    /** Returns the progress block that the page polls; once the run ends, htmx reloads the whole page. */
    @GetMapping("/catalogs/{catalogId}/import/{importId}/progress")
    String progress(CurrentMember member, @PathVariable long catalogId, @PathVariable long importId,
                    HttpServletResponse response, Model model) {
        Catalog catalog = catalog(member, catalogId);
        CatalogImport job = job(member, catalog, importId);
        if (!job.status().isInProgress()) {
            response.setHeader("HX-Refresh", "true");
        }
        model.addAttribute("job", job);
        return "catalogs/importProgress";
    }

    /** Runs a step and shows the import again: after a redirect on success, with the message on failure. */
    private String attempt(CurrentMember member, Catalog catalog, long importId, Model model, Runnable step) {
        try {
            step.run();
            return "redirect:/catalogs/" + catalog.id() + "/import/" + importId;
        } catch (PotokException failure) {
            CatalogImport job = job(member, catalog, importId);
            return jobPage(member, catalog, job, "", 1, message(failure), model);
        }
    }

    private String uploadPage(CurrentMember member, Catalog catalog, String error, Model model) {
        model.addAttribute("catalog", catalog);
        model.addAttribute("imports", imports.list(member.orgId(), catalog.id(), LISTED_IMPORTS));
        model.addAttribute("error", error);
        return "catalogs/import";
    }

    private String jobPage(CurrentMember member, Catalog catalog, CatalogImport job, String outcome, int page,
                           String error, Model model) {
        String phase = job.status().isEditable() ? "check" : "result";
        String filter = outcome.isBlank() ? null : outcome;
        int lineCount = imports.countRows(job.id(), phase, filter);
        int pageCount = Math.max(1, (lineCount + REPORT_PAGE_SIZE - 1) / REPORT_PAGE_SIZE);
        int pageNumber = Math.min(Math.max(page, 1), pageCount);
        var lines = imports.rows(job.id(), phase, filter, (pageNumber - 1) * REPORT_PAGE_SIZE, REPORT_PAGE_SIZE);
        FileTable preview = null;
        String shownError = error;
        if (job.status().isEditable()) {
            try {
                preview = flow.preview(job, PREVIEW_ROWS);
            } catch (PotokException unreadable) {
                // A delimiter that breaks the quoting: the message explains it, and the reading form stays to fix it.
                shownError = shownError == null ? message(unreadable) : shownError;
            }
        }
        model.addAttribute("view", new ImportJobView(catalog, job, preview, lines, lineCount, outcome, pageNumber,
                pageCount, shownError));
        return "catalogs/importJob";
    }

    private Catalog catalog(CurrentMember member, long catalogId) {
        if (!member.admin()) {
            throw new CatalogImportDenied();
        }
        return catalogs.find(member.orgId(), catalogId).orElseThrow(() -> new CatalogNotFound(catalogId));
    }

    private CatalogImport job(CurrentMember member, Catalog catalog, long importId) {
        CatalogImport job = flow.find(member.orgId(), importId);
        if (job.catalogId() != catalog.id()) {
            throw new ImportNotFound(importId);
        }
        return job;
    }

    /** Returns the failure's message in the page's language. */
    private String message(PotokException failure) {
        return messages.getMessage(failure.messageKey(), failure.arguments(), failure.code(),
                LocaleContextHolder.getLocale());
    }
}
