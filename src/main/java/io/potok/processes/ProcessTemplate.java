package io.potok.processes;

import java.util.List;

/**
 * A ready-made process shipped with Potok.
 *
 * @param key stable key, such as {@code orders}; the title and description are the messages
 *        {@code process.template.<key>.title} and {@code .description}
 * @param document the process document
 * @param requires keys of templates whose forms this one links to; they are installed first when missing
 */
public record ProcessTemplate(String key, ProcessDocument document, List<String> requires) {

    public ProcessTemplate {
        requires = List.copyOf(requires);
    }

    public String titleKey() {
        return "process.template." + key + ".title";
    }

    public String descriptionKey() {
        return "process.template." + key + ".description";
    }
}
