package io.potok.registry.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.Comparator;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.Form;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.FormNotFound;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.registry.CsvOptions;
import io.potok.registry.InvalidFilter;
import io.potok.registry.Registry;
import io.potok.registry.RegistryColumn;
import io.potok.registry.RegistryQuery;
import io.potok.registry.RegistryRow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * A form's registry: the tasks the member may see, filtered and sorted by the URL parameters, a page at a time,
 * with CSV and XLSX export of everything the filters select.
 */
@Controller
class RegistryPageController {

    static final int PAGE_SIZE = 50;

    private final Registry registry;
    private final Forms forms;
    private final Members members;
    private final MessageSource messages;
    private final Clock clock;

    RegistryPageController(Registry registry, Forms forms, Members members, MessageSource messages, Clock clock) {
        this.registry = registry;
        this.forms = forms;
        this.members = members;
        this.messages = messages;
        this.clock = clock;
    }

    @GetMapping("/forms/{formId:\\d+}/registry")
    String show(CurrentMember member, @PathVariable long formId, @RequestParam MultiValueMap<String, String> request,
                HttpServletRequest servletRequest, HttpServletResponse response, Model model) {
        Form form = readableForm(member, formId);
        Locale locale = RequestContextUtils.getLocale(servletRequest);
        RegistryParameters state = RegistryParameters.of(request);
        List<RegistryColumn> columns = registry.columns(member.orgId(), formId);
        List<FieldDefinition> fields = columns.stream().map(RegistryColumn::field).toList();
        Set<Integer> archived = columns.stream().filter(RegistryColumn::archived).map(RegistryColumn::fieldId)
                .collect(Collectors.toSet());
        List<Member> people = members.list(member.orgId());
        try {
            io.potok.registry.RegistryPage page = registry.query(member, state.query(formId, PAGE_SIZE));
            // Archived columns go last, under their own heading, whatever order the column parameters give.
            List<FieldDefinition> shown = page.columns().stream()
                    .sorted(Comparator.comparing(RegistryColumn::archived))
                    .map(RegistryColumn::field).toList();
            List<RegistryPage.Row> rows = page.rows().stream()
                    .map(row -> row(form, shown, row, byId(people), member, locale)).toList();
            model.addAttribute("view", new RegistryPage(form, fields, shown, rows, state, page.nextCursor(),
                    active(people), null, archived));
        } catch (InvalidFilter invalid) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            String error = messages.getMessage(invalid.messageKey(), invalid.arguments(), invalid.code(), locale);
            model.addAttribute("view", new RegistryPage(form, fields, List.of(), List.of(), state, null,
                    active(people), error, archived));
        }
        return "registry/registry";
    }

    @GetMapping("/forms/{formId:\\d+}/registry/export.csv")
    ResponseEntity<StreamingResponseBody> exportCsv(CurrentMember member, @PathVariable long formId,
                                                    @RequestParam MultiValueMap<String, String> request,
                                                    HttpServletRequest servletRequest) {
        Form form = readableForm(member, formId);
        RegistryQuery query = exportQuery(formId, request);
        CsvOptions options = CsvOptions.forLocale(RequestContextUtils.getLocale(servletRequest));
        return download(form, "csv", "text/csv;charset=UTF-8", out -> registry.exportCsv(member, query, options, out));
    }

    @GetMapping("/forms/{formId:\\d+}/registry/export.xlsx")
    ResponseEntity<StreamingResponseBody> exportXlsx(CurrentMember member, @PathVariable long formId,
                                                     @RequestParam MultiValueMap<String, String> request) {
        Form form = readableForm(member, formId);
        RegistryQuery query = exportQuery(formId, request);
        return download(form, "xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out -> registry.exportXlsx(member, query, out));
    }

    /** Builds the export query up front, so that an invalid filter fails before the download starts. */
    private static RegistryQuery exportQuery(long formId, MultiValueMap<String, String> request) {
        return RegistryParameters.of(request).query(formId, RegistryQuery.DEFAULT_PAGE_SIZE);
    }

    private ResponseEntity<StreamingResponseBody> download(Form form, String extension, String type,
                                                                  StreamingResponseBody body) {
        String name = form.name() + " " + LocalDate.now(clock) + "." + extension;
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_TYPE, type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(name, java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(body);
    }

    private Form readableForm(CurrentMember member, long formId) {
        Form form = forms.find(member.orgId(), formId).orElseThrow(() -> new FormNotFound(formId));
        if (!forms.accessLevel(member, formId).atLeast(AccessLevel.MEMBER)) {
            throw new FormAccessDenied(form.name());
        }
        return form;
    }

    private RegistryPage.Row row(Form form, List<FieldDefinition> shown, RegistryRow row, Map<Long, Member> people,
                                 CurrentMember viewer, Locale locale) {
        List<String> cells = shown.stream()
                .map(field -> RegistryCells.text(field, row.values().get(field.id()), people, viewer.zone(), locale))
                .toList();
        String step = row.currentStep() == null ? "" : form.definition().route().step(row.currentStep())
                .map(found -> found.name()).orElse(String.valueOf(row.currentStep()));
        String status = messages.getMessage(row.closed() ? "task.status.closed" : "task.status.open", null, locale);
        Member responsible = row.responsibleId() == null ? null : people.get(row.responsibleId());
        return new RegistryPage.Row(row.taskId(), row.subject(), step, status,
                RegistryCells.dateTime(row.createdAt(), viewer.zone(), locale),
                RegistryCells.dateTime(row.closedAt(), viewer.zone(), locale),
                responsible == null ? "" : responsible.displayName(), cells);
    }

    private static Map<Long, Member> byId(List<Member> people) {
        return people.stream().collect(Collectors.toMap(Member::id, Function.identity()));
    }

    private static List<Member> active(List<Member> people) {
        return people.stream().filter(member -> !member.banned() && !member.bot()).toList();
    }
}
