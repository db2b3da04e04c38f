package io.potok.tasks.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.potok.forms.FieldDefinition;
import io.potok.identity.CurrentMember;
import io.potok.tasks.Attachments;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the file fields of a posted task form. For field 12 the page posts {@code f12} (the attachment ids
 * of the files it keeps), {@code f12.remove} (ids ticked for removal), the file parts {@code f12.upload}
 * (new files) and {@code f12.replace.<attachment id>} (a new version of that file). The parts are uploaded
 * first and passed on as {@code f12.new} entries, {@code <guid>} or {@code <guid>:<replaced attachment id>}.
 */
final class FileFieldInput {

    private static final Pattern UPLOAD = Pattern.compile("(f\\d+)\\.(upload|replace\\.(\\d{1,18}))");

    private FileFieldInput() {
    }

    /** Uploads the request's file parts as the member and returns the parameters with the new entries added. */
    static Map<String, String[]> withUploads(CurrentMember member, HttpServletRequest request, Attachments attachments) {
        Map<String, String[]> parameters = new LinkedHashMap<>(request.getParameterMap());
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        if (multipart == null) {
            return parameters;
        }
        Map<String, List<String>> entries = new LinkedHashMap<>();
        multipart.getMultiFileMap().forEach((name, files) -> {
            Matcher upload = UPLOAD.matcher(name);
            if (!upload.matches()) {
                return;
            }
            for (MultipartFile file : files) {
                if (!file.isEmpty()) {
                    String guid = upload(member, file, attachments);
                    String entry = upload.group(3) == null ? guid : guid + ":" + upload.group(3);
                    entries.computeIfAbsent(upload.group(1) + ".new", key -> new ArrayList<>()).add(entry);
                }
            }
        });
        entries.forEach((name, values) -> parameters.put(name, values.toArray(String[]::new)));
        return parameters;
    }

    /** Builds the file field's value in the API's write shape, or null when the field keeps no file. */
    static JsonNode value(FieldDefinition field, FieldInput input) {
        String name = FieldInput.name(field.id());
        List<String> removed = input.values(name + ".remove");
        List<String> newEntries = input.values(name + ".new");
        List<String> replaced = newEntries.stream().filter(entry -> entry.contains(":"))
                .map(entry -> entry.substring(entry.indexOf(':') + 1)).toList();
        ArrayNode files = JsonNodeFactory.instance.arrayNode();
        for (String id : input.values(field.id())) {
            if (id.matches("\\d{1,18}") && !removed.contains(id) && !replaced.contains(id)) {
                files.addObject().put("attachment_id", Long.parseLong(id));
            }
        }
        for (String entry : newEntries) {
            String[] parts = entry.split(":", 2);
            ObjectNode file = files.addObject().put("guid", parts[0]);
            if (parts.length == 2 && parts[1].matches("\\d{1,18}")) {
                file.put("replaces", Long.parseLong(parts[1]));
            }
        }
        return files.isEmpty() ? null : files;
    }

    private static String upload(CurrentMember member, MultipartFile file, Attachments attachments) {
        try (InputStream content = file.getInputStream()) {
            return attachments.upload(member, file.getOriginalFilename(), file.getContentType(), content).guid()
                    .toString();
        } catch (IOException failed) {
            throw new UncheckedIOException("Reading uploaded file " + file.getOriginalFilename() + " failed", failed);
        }
    }
}
