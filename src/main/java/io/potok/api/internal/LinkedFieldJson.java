package io.potok.api.internal;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.LongFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Completes rendered field values with what only the API module has: the download URL of each file in a file
 * field, and the task's {@code list_ids} from its project fields.
 */
final class LinkedFieldJson {

    private LinkedFieldJson() {
    }

    /** Adds {@code url} to every file of file fields, in sections and table rows too. */
    static void addFileUrls(JsonNode fields, LongFunction<String> downloadUrl) {
        for (JsonNode field : fields) {
            JsonNode value = field.get("value");
            if (value == null) {
                continue;
            }
            switch (field.path("type").asString()) {
                case "file":
                    value.forEach(file -> ((ObjectNode) file).put("url", downloadUrl.apply(file.path("id").asLong())));
                    break;
                case "title":
                    addFileUrls(value.path("fields"), downloadUrl);
                    break;
                case "table":
                    value.forEach(row -> addFileUrls(row.path("cells"), downloadUrl));
                    break;
                default:
                    break;
            }
        }
    }

    /** Returns the ids of the lists the task's project fields hold, in field order. */
    static Set<Long> listIds(JsonNode fields) {
        Set<Long> ids = new LinkedHashSet<>();
        for (JsonNode field : fields) {
            JsonNode value = field.get("value");
            if (value == null) {
                continue;
            }
            if ("project".equals(field.path("type").asString())) {
                value.path("projects").forEach(project -> ids.add(project.path("id").asLong()));
            } else if ("title".equals(field.path("type").asString())) {
                ids.addAll(listIds(value.path("fields")));
            }
        }
        return ids;
    }
}
