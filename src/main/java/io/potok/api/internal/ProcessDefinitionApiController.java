package io.potok.api.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.potok.forms.FormDefinitionInvalid;
import io.potok.identity.CurrentMember;
import io.potok.platform.ApiErrorResponses;
import io.potok.platform.PotokException;
import io.potok.processes.ProcessDocument;
import io.potok.processes.ProcessFiles;
import io.potok.processes.ProcessFormat;
import io.potok.processes.ProcessReferencesUnresolved;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /forms/{id}/definition} and {@code /forms/definition}: a form as a process document, read and written
 * as JSON or YAML, so that processes can be kept in version control. Only organisation administrators and the
 * form's administrators may use them.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Process files")
class ProcessDefinitionApiController {

    private static final String DOCUMENT_TYPES = "application/json, application/yaml";

    private final ProcessFiles files;
    private final ApiErrorResponses errors;
    private final MessageSource messages;
    private final JsonMapper json;

    ProcessDefinitionApiController(ProcessFiles files, ApiErrorResponses errors, MessageSource messages,
                                   JsonMapper json) {
        this.files = files;
        this.errors = errors;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/forms/{id}/definition")
    @Operation(summary = "The form as a process document",
            description = "The current version of the form with its route, the catalogs it uses (without items) "
                    + "and its access grants. JSON by default; YAML with `Accept: application/yaml` or "
                    + "`?format=yaml`. Takes the form's administrator or an organisation administrator.",
            responses = @ApiResponse(responseCode = "200", content = {
                    @Content(mediaType = "application/json"), @Content(mediaType = "application/yaml")}))
    ResponseEntity<String> definition(CurrentMember caller, @PathVariable long id,
                                      @Parameter(description = "yaml or json") @RequestParam(required = false) String format,
                                      @RequestHeader(value = HttpHeaders.ACCEPT, required = false) String accept,
                                      @Parameter(description = "true to include catalog items")
                                      @RequestParam(name = "include_items", defaultValue = "false") boolean includeItems) {
        ProcessFormat chosen = ProcessFormat.parse(format).orElseGet(() -> accepted(accept));
        ProcessDocument document = files.export(caller, id, includeItems);
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.parseMediaType(chosen.mediaType()), StandardCharsets.UTF_8))
                .body(files.write(document, chosen, caller.locale()));
    }

    @PutMapping(value = "/forms/{id}/definition", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Publish a process document as the form's next version",
            description = "Runs the same checks as the designer. Missing catalogs and roles are created, and access "
                    + "grants are left as they are. The body is JSON or YAML (" + DOCUMENT_TYPES + "). "
                    + "Returns 422 with `problems` when a reference or the definition is refused.")
    FormJson publish(CurrentMember caller, @PathVariable long id, @RequestBody byte[] body,
                     @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        ProcessDocument document = read(body, contentType);
        return FormJson.of(files.publish(caller, id, document));
    }

    @PostMapping(value = "/forms/definition", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Create a new form from a process document",
            description = "Creates the form with its missing catalogs and roles (the caller becomes the only member "
                    + "of each new role) and its access grants, all or nothing. Takes an organisation "
                    + "administrator. Returns 422 with `problems` when a reference or the definition is refused.")
    FormJson create(CurrentMember caller, @RequestBody byte[] body,
                    @RequestHeader(value = HttpHeaders.CONTENT_TYPE, required = false) String contentType) {
        ProcessDocument document = read(body, contentType);
        return FormJson.of(files.create(caller, document));
    }

    /**
     * Writes every failure of these calls as the API's error JSON, adding the list of problems to a 422. The
     * body is written directly, so that a client that accepts only YAML still receives the error.
     */
    @ExceptionHandler(PotokException.class)
    void failed(PotokException failure, HttpServletRequest request, HttpServletResponse response) throws IOException {
        Locale locale = ApiErrorResponses.locale(request);
        Map<String, Object> body = errors.body(request, failure.code(), failure.arguments());
        body.put("error", messages.getMessage(failure.messageKey(), failure.arguments(), failure.code(), locale));
        if (failure instanceof FormDefinitionInvalid invalid) {
            body.put("problems", invalid.problems().stream()
                    .map(problem -> problem(problem.code(), problem.messageKey(), problem.arguments(), locale))
                    .toList());
        }
        if (failure instanceof ProcessReferencesUnresolved unresolved) {
            body.put("problems", unresolved.problems().stream()
                    .map(problem -> problem(problem.code(), problem.messageKey(), problem.arguments(), locale))
                    .toList());
        }
        response.setStatus(failure.status());
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        json.writeValue(response.getOutputStream(), body);
    }

    private Map<String, String> problem(String code, String key, List<Object> arguments, Locale locale) {
        return Map.of("code", code, "error", messages.getMessage(key, arguments.toArray(), code, locale));
    }

    /** Reads the body as UTF-8 whatever charset the header names: JSON must be UTF-8 (RFC 8259), and exports are. */
    private ProcessDocument read(byte[] body, String contentType) {
        String text = new String(body, StandardCharsets.UTF_8);
        return files.read(text, format(contentType, text));
    }

    private static ProcessFormat accepted(String accept) {
        return accept != null && accept.contains("yaml") ? ProcessFormat.YAML : ProcessFormat.JSON;
    }

    private static ProcessFormat format(String contentType, String body) {
        if (contentType != null && contentType.contains("yaml")) {
            return ProcessFormat.YAML;
        }
        if (contentType != null && contentType.contains("json")) {
            return ProcessFormat.JSON;
        }
        return ProcessFormat.detect(body);
    }
}
