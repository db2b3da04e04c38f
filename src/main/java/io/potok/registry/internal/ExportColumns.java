package io.potok.registry.internal;

import java.util.List;

import io.potok.registry.RegistryRow;

/**
 * The task columns every export starts with: id, subject, created, closed, step, status, responsible.
 */
final class ExportColumns {

    private ExportColumns() {
    }

    static List<String> taskHeaders(CellText text) {
        return List.of(text.message("registry.export.id"), text.message("registry.export.subject"),
                text.message("registry.export.created"), text.message("registry.export.closedAt"),
                text.message("registry.export.step"), text.message("registry.export.status"),
                text.message("registry.export.responsible"));
    }

    static List<String> taskCells(RegistryRow row, CellText text) {
        return List.of(String.valueOf(row.taskId()), row.subject() == null ? "" : row.subject(),
                text.dateTime(row.createdAt()), text.dateTime(row.closedAt()), text.step(row.currentStep()),
                status(row, text), text.memberName(row.responsibleId()));
    }

    /** The number of task columns, after which the field columns start. */
    static final int COUNT = 7;

    static String status(RegistryRow row, CellText text) {
        return text.message(row.closed() ? "registry.export.closed" : "registry.export.open");
    }
}
