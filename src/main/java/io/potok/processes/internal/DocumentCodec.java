package io.potok.processes.internal;

import java.util.Locale;

import io.potok.processes.ProcessDocument;
import io.potok.processes.ProcessFileInvalid;
import io.potok.processes.ProcessFormat;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes process documents as YAML and JSON.
 */
@Component
class DocumentCodec {

    private final JsonMapper json;
    private final YAMLMapper yaml;
    private final MessageSource messages;

    DocumentCodec(JsonMapper json, MessageSource messages) {
        this.json = json.rebuild().enable(SerializationFeature.INDENT_OUTPUT).build();
        this.yaml = YAMLMapper.builder()
                .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
                .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
                // Condition values are strings; without quotes "1" would read back as a number.
                .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
                .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
                .disable(YAMLWriteFeature.SPLIT_LINES)
                .build();
        this.messages = messages;
    }

    String write(ProcessDocument document, ProcessFormat format, Locale locale) {
        if (format == ProcessFormat.JSON) {
            return json.writeValueAsString(document);
        }
        String comment = messages.getMessage("process.file.comment", new Object[] {document.name()}, locale);
        StringBuilder text = new StringBuilder();
        comment.lines().forEach(line -> text.append("# ").append(line).append('\n'));
        return text.append(yaml.writeValueAsString(document)).toString();
    }

    ProcessDocument read(String text, ProcessFormat format) {
        ObjectMapper mapper = format == ProcessFormat.JSON ? json : yaml;
        try {
            ProcessDocument document = mapper.readValue(text, ProcessDocument.class);
            if (document == null) {
                throw new ProcessFileInvalid(1, 1, "empty");
            }
            return document;
        } catch (JacksonException unreadable) {
            TokenStreamLocation location = unreadable.getLocation();
            int line = location == null ? 0 : Math.max(location.getLineNr(), 0);
            int column = location == null ? 0 : Math.max(location.getColumnNr(), 0);
            throw new ProcessFileInvalid(line, column, firstLine(unreadable.getOriginalMessage()));
        }
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        return message.lines().findFirst().orElse("").trim();
    }
}
