package io.potok.automation.web;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FormDefinition;
import io.potok.forms.Recurrence;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.ScheduleDefinition;
import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the schedule editor's form into a {@link ScheduleDefinition}. Empty inputs become nulls, and input that
 * does not parse (a date typed by hand in an old browser) becomes null too, so the publish check names it.
 */
final class ScheduleInput {

    private final HttpServletRequest request;

    private ScheduleInput(HttpServletRequest request) {
        this.request = request;
    }

    static ScheduleDefinition read(HttpServletRequest request, FormDefinition definition, JsonMapper json) {
        return new ScheduleInput(request).schedule(definition, json);
    }

    private ScheduleDefinition schedule(FormDefinition definition, JsonMapper json) {
        String id = text("id");
        String scheduleId = id == null ? "s-" + UUID.randomUUID().toString().substring(0, 8) : id;
        boolean enabled = request.getParameter("enabled") != null;
        if ("per_record".equals(text("kind"))) {
            return new ScheduleDefinition(scheduleId, text("name"), enabled, ScheduleDefinition.Kind.PER_RECORD, null,
                    List.of(), null, cadence());
        }
        return new ScheduleDefinition(scheduleId, text("name"), enabled, ScheduleDefinition.Kind.RECURRING,
                recurrence(), fieldValues(definition, json), responsible(), null);
    }

    Recurrence recurrence() {
        Recurrence.Frequency frequency = text("frequency") == null ? Recurrence.Frequency.DAILY
                : Recurrence.Frequency.fromWireName(text("frequency"));
        List<DayOfWeek> days = new ArrayList<>();
        String[] checked = request.getParameterValues("daysOfWeek");
        if (checked != null) {
            for (String day : checked) {
                days.add(DayOfWeek.valueOf(day));
            }
        }
        return new Recurrence(frequency, date("start"), time("time"), days, number("dayOfMonth"), date("until"),
                number("count"));
    }

    private ScheduleDefinition.Cadence cadence() {
        Long catalogId = longNumber("catalogId");
        Integer itemFieldId = number("itemFieldId");
        return new ScheduleDefinition.Cadence(catalogId == null ? 0 : catalogId, text("cadenceColumn"),
                text("managerColumn"), itemFieldId == null ? 0 : itemFieldId, text("cadenceTime"));
    }

    private Assignees responsible() {
        Long memberId = longNumber("responsibleId");
        return memberId == null ? null : Assignees.anyOf(memberId);
    }

    /** Reads {@code field.<id>} inputs of the editable simple fields into the API's write shape. */
    private List<JsonNode> fieldValues(FormDefinition definition, JsonMapper json) {
        List<JsonNode> values = new ArrayList<>();
        for (FieldDefinition field : SchedulesPage.valueFields(definition)) {
            String value = text("field." + field.id());
            if (value != null) {
                values.add(json.createObjectNode().put("id", field.id()).put("value", value));
            }
        }
        return values;
    }

    private String text(String name) {
        String value = request.getParameter(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    private Integer number(String name) {
        try {
            return text(name) == null ? null : Integer.valueOf(text(name));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private Long longNumber(String name) {
        try {
            return text(name) == null ? null : Long.valueOf(text(name));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private LocalDate date(String name) {
        try {
            return text(name) == null ? null : LocalDate.parse(text(name));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private LocalTime time(String name) {
        try {
            return text(name) == null ? null : LocalTime.parse(text(name));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
