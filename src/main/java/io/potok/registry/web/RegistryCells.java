package io.potok.registry.web;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.identity.Member;
import io.potok.registry.RegistryRow;

/**
 * Formats registry cell values as the page shows them: dates in the viewer's language, times in the
 * viewer's zone, choice and member names.
 */
final class RegistryCells {

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private RegistryCells() {
    }

    static String text(FieldDefinition field, Object value, Map<Long, Member> members, ZoneId zone, Locale locale) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal) {
            return number(field, (BigDecimal) value);
        }
        if (value instanceof LocalDate) {
            return date((LocalDate) value, locale);
        }
        if (value instanceof Instant) {
            return dateTime((Instant) value, zone, locale);
        }
        if (value instanceof LocalTime) {
            return TIME.format((LocalTime) value);
        }
        if (value instanceof RegistryRow.CatalogValue) {
            return ((RegistryRow.CatalogValue) value).text();
        }
        if (value instanceof RegistryRow.ReferencesValue) {
            return ((RegistryRow.ReferencesValue) value).text();
        }
        if (value instanceof Long) {
            Member member = members.get(value);
            return member == null ? "#" + value : member.displayName();
        }
        if (value instanceof Integer) {
            return choice(field, (Integer) value);
        }
        if (value instanceof List) {
            return ((List<?>) value).stream().map(id -> choice(field, (Integer) id)).collect(Collectors.joining(", "));
        }
        return value.toString();
    }

    /** Shows a number at the field's decimal places (money defaults to 2), as the task page does. */
    private static String number(FieldDefinition field, BigDecimal number) {
        Integer places = field.info().decimalPlaces();
        if (places == null && field.type() == FieldType.MONEY) {
            places = 2;
        }
        return places == null ? number.toPlainString() : number.setScale(places, RoundingMode.HALF_UP).toPlainString();
    }

    static String date(LocalDate date, Locale locale) {
        return "ru".equals(locale.getLanguage()) ? RUSSIAN_DATE.format(date) : date.toString();
    }

    static String dateTime(Instant instant, ZoneId zone, Locale locale) {
        if (instant == null) {
            return "";
        }
        return date(instant.atZone(zone).toLocalDate(), locale) + " " + TIME.format(instant.atZone(zone));
    }

    private static String choice(FieldDefinition field, Integer id) {
        return field.info().options().stream().filter(option -> option.id() == id)
                .map(option -> option.value()).findFirst().orElse("#" + id);
    }
}
