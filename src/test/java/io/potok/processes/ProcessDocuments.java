package io.potok.processes;

/**
 * Process documents written by hand for tests, each with names made unique by a suffix.
 */
public final class ProcessDocuments {

    private ProcessDocuments() {
    }

    /**
     * Returns a repair form whose catalog, role and route condition all come from the document: the catalog
     * {@code Клиенты <suffix>} with the items Альфа and Бета, the role {@code Мастера <suffix>}, and a step that
     * applies only to the client Альфа.
     */
    public static String repair(String suffix) {
        return repair(suffix, "");
    }

    /** Returns the repair form with more YAML appended to its field list (indented by four spaces). */
    public static String repair(String suffix, String extraFields) {
        return """
                formatVersion: 1
                name: Ремонт %1$s
                definition:
                  fields:
                    - id: 1
                      name: Клиент
                      code: client
                      type: catalog
                      requiredStep: 0
                      info:
                        catalog: Клиенты %1$s
                    - id: 2
                      name: Неисправность
                      code: fault
                      type: text
                %2$s
                  route:
                    steps:
                      - number: 1
                        name: Приёмка
                        condition:
                          kind: field
                          fieldId: 1
                          operator: equals
                          values: ["Альфа"]
                        assignees:
                          - who:
                              kind: role
                              role: Мастера %1$s
                catalogs:
                  - name: Клиенты %1$s
                    headers:
                      - {name: Клиент, type: text}
                      - {name: Город, type: text}
                    items:
                      - [Альфа, Москва]
                      - [Бета, Казань]
                access:
                  - level: member
                    role: Мастера %1$s
                  - level: manager
                    everyone: true
                """.formatted(suffix, extraFields);
    }
}
