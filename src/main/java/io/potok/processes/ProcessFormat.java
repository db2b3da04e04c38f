package io.potok.processes;

import java.util.Locale;
import java.util.Optional;

/**
 * The two notations of a process document.
 */
public enum ProcessFormat {
    YAML("application/yaml", "yaml"),
    JSON("application/json", "json");

    private final String mediaType;
    private final String extension;

    ProcessFormat(String mediaType, String extension) {
        this.mediaType = mediaType;
        this.extension = extension;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** Parses {@code yaml}, {@code yml} or {@code json}, ignoring case. */
    public static Optional<ProcessFormat> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        String lower = name.trim().toLowerCase(Locale.ROOT);
        if (lower.equals("yaml") || lower.equals("yml")) {
            return Optional.of(YAML);
        }
        return lower.equals("json") ? Optional.of(JSON) : Optional.empty();
    }

    /** Guesses the notation of a pasted or uploaded text: JSON starts with a brace, anything else is YAML. */
    public static ProcessFormat detect(String text) {
        return text.stripLeading().startsWith("{") ? JSON : YAML;
    }
}
