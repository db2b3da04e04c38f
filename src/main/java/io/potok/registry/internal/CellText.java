package io.potok.registry.internal;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;

import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.potok.forms.FieldSettings;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.registry.RegistryRow;
import org.springframework.context.MessageSource;

/**
 * Formats projected values as export text, the way task pages show them: choice labels, catalog item keys,
 * member names, dates and numbers in the member's locale, times in the member's time zone.
 */
final class CellText {

    private final CurrentMember member;
    private final Locale locale;
    private final Members members;
    private final MessageSource messages;
    private final DateTimeFormatter dates;
    private final DateTimeFormatter dateTimes;
    private final Map<Long, String> memberNames = new HashMap<>();
    private final Map<Integer, String> stepNames;

    CellText(CurrentMember member, Locale locale, Members members, MessageSource messages,
             Map<Integer, String> stepNames) {
        this.member = member;
        this.stepNames = stepNames;
        this.locale = locale;
        this.members = members;
        this.messages = messages;
        boolean russian = "ru".equals(locale.getLanguage());
        this.dates = DateTimeFormatter.ofPattern(russian ? "dd.MM.yyyy" : "yyyy-MM-dd");
        this.dateTimes = DateTimeFormatter.ofPattern(russian ? "dd.MM.yyyy HH:mm" : "yyyy-MM-dd HH:mm")
                .withZone(member.zone());
    }

    /** Returns the step as "number. name", or empty for a task on no step. */
    String step(Integer step) {
        if (step == null) {
            return "";
        }
        String name = stepNames.get(step);
        return name == null || name.isBlank() ? String.valueOf(step) : step + ". " + name;
    }

    String message(String key) {
        return messages.getMessage(key, null, key, locale);
    }

    /** Returns the column header of a field; an archived field's name is marked as such. */
    String header(ProjectedField field) {
        String name = field.field().name();
        return field.archived() ? messages.getMessage("registry.export.archived", new Object[] {name}, name, locale)
                : name;
    }

    /** Returns the text of a field value from {@link RegistryRow#values()}, or empty for none. */
    String field(ProjectedField field, Object value) {
        if (value == null) {
            return "";
        }
        switch (field.kind()) {
            case NUMBER: return number((BigDecimal) value);
            case DATE: return dates.format((LocalDate) value);
            case TIMESTAMP: return dateTime((Instant) value);
            case TIME: return value.toString();
            case FLAG: return flag((String) value);
            case CHOICE: return choice(field, (Integer) value);
            case CHOICES: return choices(field, value);
            case MEMBER: return memberName((Long) value);
            case CATALOG: return ((RegistryRow.CatalogValue) value).text();
            case LINKS: case FILES: case LISTS: return ((RegistryRow.ReferencesValue) value).text();
            default: return value.toString();
        }
    }

    String dateTime(Instant value) {
        return value == null ? "" : dateTimes.format(value);
    }

    String memberName(Long id) {
        if (id == null) {
            return "";
        }
        return memberNames.computeIfAbsent(id, key -> members.find(member.orgId(), key)
                .map(Member::displayName).orElse("#" + key));
    }

    String number(BigDecimal value) {
        DecimalFormat format = new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(locale));
        format.setMaximumFractionDigits(Math.max(0, value.scale()));
        format.setMinimumFractionDigits(Math.max(0, value.scale()));
        return format.format(value);
    }

    private String flag(String value) {
        return "none".equals(value) ? "" : message("registry.export.flag." + value);
    }

    private static String choice(ProjectedField field, Integer id) {
        return field.field().info().options().stream().filter(option -> option.id() == id)
                .map(FieldSettings.ChoiceOption::value).findFirst().orElse("#" + id);
    }

    @SuppressWarnings("unchecked")
    private static String choices(ProjectedField field, Object value) {
        return ((List<Integer>) value).stream().map(id -> choice(field, id)).collect(Collectors.joining(", "));
    }

}
