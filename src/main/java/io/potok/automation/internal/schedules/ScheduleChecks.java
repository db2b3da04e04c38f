package io.potok.automation.internal.schedules;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.Catalogs;
import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.Recurrence;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.ScheduleDefinition;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Rejects schedules that could not create tasks. For every schedule it checks the name and id. For a recurring
 * schedule it checks the start, the day of the month, the count, the end date, the fields it fills and how the
 * responsible member is chosen. For a per-record schedule it checks that the catalog, its two columns, the
 * form's item field and the time exist.
 */
@Component
class ScheduleChecks implements DefinitionCheck {

    private final Catalogs catalogs;

    ScheduleChecks(Catalogs catalogs) {
        this.catalogs = catalogs;
    }

    @Override
    public List<DefinitionProblem> check(long orgId, Long formId, FormDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (ScheduleDefinition schedule : definition.automation().schedules()) {
            String name = schedule.name() == null ? "" : schedule.name().trim();
            if (schedule.id() == null || schedule.id().isBlank() || !ids.add(schedule.id())) {
                problems.add(DefinitionProblem.of("schedule_id_invalid", name, String.valueOf(schedule.id())));
            }
            if (name.isEmpty()) {
                problems.add(DefinitionProblem.of("schedule_name_missing", String.valueOf(schedule.id())));
            }
            if (schedule.kind() == ScheduleDefinition.Kind.PER_RECORD) {
                problems.addAll(cadenceProblems(orgId, name, schedule.cadence(), definition));
            } else {
                problems.addAll(recurrenceProblems(name, schedule.recurrence()));
                problems.addAll(recurringTaskProblems(name, schedule, definition));
            }
        }
        return problems;
    }

    private static List<DefinitionProblem> recurrenceProblems(String name, Recurrence recurrence) {
        List<DefinitionProblem> problems = new ArrayList<>();
        if (recurrence == null || recurrence.frequency() == null || recurrence.start() == null) {
            problems.add(DefinitionProblem.of("schedule_recurrence_missing", name));
            return problems;
        }
        if (recurrence.dayOfMonth() != null && (recurrence.dayOfMonth() < 1 || recurrence.dayOfMonth() > 31)) {
            problems.add(DefinitionProblem.of("schedule_day_of_month_invalid", name, recurrence.dayOfMonth()));
        }
        if (recurrence.count() != null && recurrence.count() < 1) {
            problems.add(DefinitionProblem.of("schedule_count_invalid", name, recurrence.count()));
        }
        if (recurrence.until() != null && recurrence.until().isBefore(recurrence.start())) {
            problems.add(DefinitionProblem.of("schedule_until_before_start", name, recurrence.until().toString(),
                    recurrence.start().toString()));
        }
        return problems;
    }

    private static List<DefinitionProblem> recurringTaskProblems(String name, ScheduleDefinition schedule,
                                                                 FormDefinition definition) {
        List<DefinitionProblem> problems = new ArrayList<>();
        for (JsonNode field : schedule.fields()) {
            String reference = field.path("id").isNumber() ? field.path("id").asString()
                    : field.path("code").isString() ? field.path("code").asString() : field.path("name").asString();
            if (definition.fieldByReference(reference).isEmpty()) {
                problems.add(DefinitionProblem.of("schedule_unknown_field", name, reference));
            }
        }
        Assignees responsible = schedule.responsible();
        if (responsible != null && responsible.kind() != Assignees.Kind.MEMBERS
                && responsible.kind() != Assignees.Kind.ROLE) {
            problems.add(DefinitionProblem.of("schedule_responsible_unsupported", name));
        }
        return problems;
    }

    private List<DefinitionProblem> cadenceProblems(long orgId, String name, ScheduleDefinition.Cadence cadence,
                                                    FormDefinition definition) {
        if (cadence == null) {
            return List.of(DefinitionProblem.of("schedule_cadence_missing", name));
        }
        Optional<Catalog> catalog = catalogs.find(orgId, cadence.catalogId()).filter(found -> !found.archived());
        if (catalog.isEmpty()) {
            return List.of(DefinitionProblem.of("schedule_catalog_not_found", name, cadence.catalogId()));
        }
        List<DefinitionProblem> problems = new ArrayList<>();
        if (catalog.get().columnIndex(cadence.cadenceColumn()) < 0) {
            problems.add(DefinitionProblem.of("schedule_column_not_found", name, String.valueOf(cadence.cadenceColumn()),
                    catalog.get().name()));
        }
        int managerColumn = catalog.get().columnIndex(cadence.managerColumn());
        if (managerColumn < 0 || !"member".equals(catalog.get().headers().get(managerColumn).type())) {
            problems.add(DefinitionProblem.of("schedule_manager_column_invalid", name,
                    String.valueOf(cadence.managerColumn()), catalog.get().name()));
        }
        Optional<FieldDefinition> itemField = definition.field(cadence.itemFieldId())
                .filter(field -> field.type() == FieldType.CATALOG)
                .filter(field -> Long.valueOf(cadence.catalogId()).equals(field.info().catalogId()));
        if (itemField.isEmpty()) {
            problems.add(DefinitionProblem.of("schedule_item_field_invalid", name, cadence.itemFieldId(),
                    catalog.get().name()));
        }
        if (!validTime(cadence.time())) {
            problems.add(DefinitionProblem.of("schedule_time_invalid", name, cadence.time()));
        }
        return problems;
    }

    private static boolean validTime(String time) {
        if (time == null || time.isBlank()) {
            return true;
        }
        try {
            LocalTime.parse(time.trim());
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
