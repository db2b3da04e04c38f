package io.potok.processes.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.processes.ProcessAccessDenied;
import io.potok.processes.ProcessDocument;
import io.potok.processes.ProcessFiles;
import io.potok.processes.ProcessFormat;
import io.potok.processes.ProcessTemplate;
import io.potok.processes.ProcessTemplateNotFound;
import io.potok.processes.ProcessTemplates;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * The templates in {@code src/main/resources/processes}, read once at start. A template that links to the
 * form of another template requires it.
 */
@Service
class ClasspathTemplates implements ProcessTemplates {

    /** Template keys in gallery order; each is the file {@code processes/<key>.yaml}. */
    static final List<String> KEYS = List.of("orders", "client-calls", "service-request", "asset-card", "it-help-desk");

    private final ProcessFiles files;
    private final Forms forms;
    private final Map<String, ProcessTemplate> templates = new LinkedHashMap<>();

    ClasspathTemplates(ProcessFiles files, Forms forms) {
        this.files = files;
        this.forms = forms;
        Map<String, ProcessDocument> documents = new LinkedHashMap<>();
        KEYS.forEach(key -> documents.put(key, files.read(resource(key), ProcessFormat.YAML)));
        documents.forEach((key, document) -> templates.put(key,
                new ProcessTemplate(key, document, requiredKeys(document, documents))));
    }

    @Override
    public List<ProcessTemplate> list() {
        return List.copyOf(templates.values());
    }

    @Override
    public ProcessTemplate get(String key) {
        ProcessTemplate template = templates.get(key);
        if (template == null) {
            throw new ProcessTemplateNotFound(key);
        }
        return template;
    }

    @Override
    @Transactional
    public Form install(CurrentMember caller, String key) {
        ProcessTemplate template = get(key);
        if (!caller.admin()) {
            throw ProcessAccessDenied.toImport();
        }
        for (String required : template.requires()) {
            if (!hasLiveForm(caller.orgId(), get(required).document().name())) {
                install(caller, required);
            }
        }
        return files.create(caller, template.document());
    }

    private boolean hasLiveForm(long orgId, String name) {
        return forms.list(orgId).stream().anyMatch(form -> !form.archived() && form.name().equals(name));
    }

    private static List<String> requiredKeys(ProcessDocument document, Map<String, ProcessDocument> all) {
        List<String> linked = new ArrayList<>();
        new DefinitionTree(document.definition()).forEachField(field -> {
            JsonNode form = field.path("info").get("linkedForm");
            if (form != null) {
                all.forEach((key, other) -> {
                    if (other.name().equals(form.asString()) && !linked.contains(key)) {
                        linked.add(key);
                    }
                });
            }
        });
        return linked;
    }

    private static String resource(String key) {
        try (InputStream in = new ClassPathResource("processes/" + key + ".yaml").getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Process template " + key + " is missing from the classpath", e);
        }
    }
}
