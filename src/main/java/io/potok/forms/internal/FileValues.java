package io.potok.forms.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.UUID;

import io.potok.forms.FieldDefinition;
import io.potok.forms.LinkedRecords;
import io.potok.forms.LinkedRecords.LinkedFile;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import static io.potok.forms.internal.Rejections.invalid;

/**
 * Parses file values and keeps their versions. A write lists the files the field keeps: {@code [{"guid"}]}
 * for a file uploaded through the files endpoint, {@code [{"attachment_id"}]} (or the read shape's
 * {@code id}) for a file already in the field. A new file replaces the file named by its {@code replaces}
 * attachment id (a Potok extension), or else a file of the same name that the write drops, and becomes its
 * next version. The tasks module attaches new files to the task and keeps replaced versions downloadable.
 *
 * <p>Stored shape: {@code [{"id", "name", "size", "md5", "version", "previous_id"?}]}, where
 * {@code previous_id} is the attachment id of the version it replaced.
 */
final class FileValues {

    private final LinkedRecords records;

    FileValues(LinkedRecords records) {
        this.records = records;
    }

    JsonNode parse(long orgId, FieldDefinition field, JsonNode value, JsonNode stored) {
        JsonNode entries = value.isArray() ? value : JsonNodeFactory.instance.arrayNode().add(value);
        List<ObjectNode> kept = new ArrayList<>();
        List<Written> added = new ArrayList<>();
        for (JsonNode entry : entries) {
            if (!entry.isObject()) {
                throw invalid("file_format", field, entry);
            }
            Optional<ObjectNode> storedEntry = storedEntry(stored, reference(entry));
            if (storedEntry.isPresent()) {
                kept.add(storedEntry.get());
            } else {
                added.add(new Written(entry, find(orgId, field, entry)));
            }
        }
        ArrayNode result = JsonNodeFactory.instance.arrayNode();
        kept.forEach(result::add);
        for (Written file : added) {
            result.add(newVersion(field, file, stored, kept));
        }
        return result.isEmpty() ? null : result;
    }

    /** Renders each file as {@code {"id", "name", "size", "md5", "version"}} with the MD5 in upper case. */
    ArrayNode render(JsonNode stored) {
        ArrayNode files = JsonNodeFactory.instance.arrayNode();
        for (JsonNode entry : stored) {
            ObjectNode file = files.addObject();
            file.put("id", entry.path("id").asLong());
            file.put("name", entry.path("name").asString());
            file.put("size", entry.path("size").asLong());
            file.put("md5", entry.path("md5").asString().toUpperCase(Locale.ROOT));
            file.put("version", entry.path("version").asInt(1));
        }
        return files;
    }

    /** Returns each file's name, with its version after it from the second version on. */
    static List<String> names(JsonNode stored) {
        List<String> names = new ArrayList<>();
        for (JsonNode entry : stored) {
            int version = entry.path("version").asInt(1);
            String name = entry.path("name").asString();
            names.add(version > 1 ? name + " (v" + version + ")" : name);
        }
        return names;
    }

    private static OptionalLong reference(JsonNode entry) {
        OptionalLong id = Ids.of(entry.get("attachment_id"));
        return id.isPresent() ? id : Ids.of(entry.get("id"));
    }

    private static Optional<ObjectNode> storedEntry(JsonNode stored, OptionalLong id) {
        if (stored == null || id.isEmpty()) {
            return Optional.empty();
        }
        for (JsonNode entry : stored) {
            if (entry.path("id").asLong() == id.getAsLong()) {
                return Optional.of((ObjectNode) entry.deepCopy());
            }
        }
        return Optional.empty();
    }

    private LinkedFile find(long orgId, FieldDefinition field, JsonNode entry) {
        JsonNode guid = entry.get("guid");
        if (guid != null && guid.isString()) {
            return records.file(orgId, uuid(field, guid))
                    .orElseThrow(() -> invalid("file_not_found", field, guid));
        }
        OptionalLong id = reference(entry);
        if (id.isPresent()) {
            return records.file(orgId, id.getAsLong())
                    .orElseThrow(() -> invalid("file_not_found", field.name(), String.valueOf(id.getAsLong())));
        }
        if (entry.has("url")) {
            throw invalid("file_url_unsupported", field, entry.get("url"));
        }
        throw invalid("file_format", field, entry);
    }

    private static UUID uuid(FieldDefinition field, JsonNode guid) {
        try {
            return UUID.fromString(guid.stringValue().trim());
        } catch (IllegalArgumentException notGuid) {
            throw invalid("file_not_found", field, guid);
        }
    }

    private static ObjectNode newVersion(FieldDefinition field, Written file, JsonNode stored, List<ObjectNode> kept) {
        ObjectNode entry = JsonNodeFactory.instance.objectNode();
        entry.put("id", file.file().id());
        entry.put("name", file.file().name());
        entry.put("size", file.file().size());
        entry.put("md5", file.file().md5());
        Optional<ObjectNode> replaced = replaced(field, file, stored, kept);
        entry.put("version", replaced.map(previous -> previous.path("version").asInt(1) + 1).orElse(1));
        replaced.ifPresent(previous -> entry.put("previous_id", previous.path("id").asLong()));
        return entry;
    }

    /** Finds the stored file the new one replaces: the one its {@code replaces} names, else one of its name. */
    private static Optional<ObjectNode> replaced(FieldDefinition field, Written file, JsonNode stored,
                                                 List<ObjectNode> kept) {
        JsonNode replaces = file.entry().get("replaces");
        if (replaces != null && !replaces.isNull()) {
            Optional<ObjectNode> named = storedEntry(stored, Ids.of(replaces));
            if (named.isEmpty()) {
                throw invalid("file_replaces_unknown", field, replaces);
            }
            return named;
        }
        if (stored == null) {
            return Optional.empty();
        }
        List<Long> keptIds = kept.stream().map(entry -> entry.path("id").asLong()).toList();
        for (JsonNode entry : stored) {
            boolean dropped = !keptIds.contains(entry.path("id").asLong());
            if (dropped && entry.path("name").asString().equals(file.file().name())) {
                return Optional.of((ObjectNode) entry.deepCopy());
            }
        }
        return Optional.empty();
    }

    /** One new file of a write: the entry as sent and the uploaded file it names. */
    private record Written(JsonNode entry, LinkedFile file) {
    }
}
