package io.potok.api.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.potok.identity.CurrentMember;
import io.potok.platform.ApiErrorResponses;
import io.potok.registry.CsvOptions;
import io.potok.registry.Registry;
import io.potok.registry.RegistryQuery;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code /forms/{id}/register}: the tasks of a form the caller may see, filtered, sorted and paged, as JSON
 * or CSV.
 */
@RestController
@RequestMapping({ApiPaths.V4, ApiPaths.V4_SHORT})
@Tag(name = "Register")
class RegisterApiController {

    private static final String DESCRIPTION = """
            Filters as in Pyrus: `fld{id}` (value, `ltV`, `gtV`, `gtA,ltB`, `a,b,c`, `empty`, `*`), `id`, `steps`, \
            `task_ids`, `responsible`, `include_archived`, `created_before`/`created_after`, \
            `modified_before`/`modified_after`, `closed_before`/`closed_after`, `due_filter`, `field_ids`, \
            `item_count` (page size, at most 20000). Potok extensions: `sort` names the column to order by \
            (`id`, `create_date`, `last_modified_date`, `close_date`, `current_step`, `responsible`, `author`, \
            `subject` or `fld{id}`; a leading `-` sorts descending; default newest first), and `cursor` takes \
            the `next_cursor` of the previous page, which is absent on the last page. `format=csv` returns \
            every matching row as CSV (`delimiter`, one character; `encoding`, default utf-8).""";

    private final Registry registry;
    private final FormAccess access;
    private final RegisterJson registerJson;
    private final JsonMapper json;

    RegisterApiController(Registry registry, FormAccess access, RegisterJson registerJson, JsonMapper json) {
        this.registry = registry;
        this.access = access;
        this.registerJson = registerJson;
        this.json = json;
    }

    @GetMapping("/forms/{id}/register")
    @Operation(summary = "Tasks of a form, filtered and paged", description = DESCRIPTION)
    void registerByQuery(CurrentMember caller, @PathVariable long id, HttpServletRequest request,
                         HttpServletResponse response) throws IOException {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, List.of(values)));
        respond(caller, id, parameters, request, response);
    }

    @PostMapping(path = "/forms/{id}/register", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The same as GET, with the parameters in a JSON body", description = DESCRIPTION)
    void registerByBody(CurrentMember caller, @PathVariable long id, @RequestBody JsonNode body,
                        HttpServletRequest request, HttpServletResponse response) throws IOException {
        respond(caller, id, parameters(body), request, response);
    }

    private void respond(CurrentMember caller, long formId, Map<String, List<String>> parameters,
                         HttpServletRequest request, HttpServletResponse response) throws IOException {
        access.usable(caller, formId);
        RegistryQuery query = registry.parseRegisterParameters(caller, formId, parameters);

        if ("csv".equalsIgnoreCase(first(parameters, "format"))) {
            writeCsv(caller, query, parameters, request, response);
            return;
        }
        response.setContentType(MediaType.APPLICATION_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), registerJson.page(caller, registry.query(caller, query)));
    }

    private void writeCsv(CurrentMember caller, RegistryQuery query, Map<String, List<String>> parameters,
                          HttpServletRequest request, HttpServletResponse response) throws IOException {
        CsvOptions options = CsvOptions.forLocale(ApiErrorResponses.locale(request));
        String delimiter = first(parameters, "delimiter");
        if (delimiter != null && !delimiter.isEmpty()) {
            String unescaped = "\\t".equals(delimiter) ? "\t" : delimiter;
            if (unescaped.length() != 1) {
                throw new ApiFormats.InvalidApiValue("delimiter", delimiter);
            }
            options = options.withDelimiter(unescaped.charAt(0));
        }
        Charset charset = charset(first(parameters, "encoding"));

        response.setContentType("text/csv; charset=" + charset.name());
        response.setHeader("Content-Disposition", "attachment; filename=\"register-" + query.formId() + ".csv\"");
        OutputStream out = response.getOutputStream();
        if (charset.equals(StandardCharsets.UTF_8)) {
            registry.exportCsv(caller, query, options, out);
        } else {
            try (Utf8Transcoder transcoder = new Utf8Transcoder(out, charset)) {
                registry.exportCsv(caller, query, options, transcoder);
            }
        }
    }

    private static Charset charset(String name) {
        if (name == null || name.isBlank()) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            throw new ApiFormats.InvalidApiValue("encoding", name);
        }
    }

    /** Turns a JSON body into parameters: arrays give several values, other values their text. */
    private static Map<String, List<String>> parameters(JsonNode body) {
        Map<String, List<String>> parameters = new LinkedHashMap<>();
        if (body == null || !body.isObject()) {
            return parameters;
        }
        body.properties().forEach(entry -> {
            List<String> values = new ArrayList<>();
            if (entry.getValue().isArray()) {
                entry.getValue().forEach(value -> values.add(value.asString()));
            } else if (!entry.getValue().isNull()) {
                values.add(entry.getValue().asString());
            }
            parameters.put(entry.getKey(), values);
        });
        return parameters;
    }

    private static String first(Map<String, List<String>> parameters, String name) {
        List<String> values = parameters.get(name);
        return values == null || values.isEmpty() ? null : values.get(0);
    }
}
