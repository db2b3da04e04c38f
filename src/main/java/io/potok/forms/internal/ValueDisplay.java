package io.potok.forms.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import io.potok.forms.FieldDefinition;
import io.potok.platform.SupportedLocales;
import tools.jackson.databind.JsonNode;

/**
 * Formats stored values as text for pages, CSV cells and history.
 */
final class ValueDisplay {

    private static final DateTimeFormatter RUSSIAN_DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm");
    private static final DateTimeFormatter ENGLISH_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm");

    private final PersonValues persons;
    private final CatalogValues catalogItems;
    private final LinkedValues linked;

    ValueDisplay(PersonValues persons, CatalogValues catalogItems, LinkedValues linked) {
        this.persons = persons;
        this.catalogItems = catalogItems;
        this.linked = linked;
    }

    String display(long orgId, FieldDefinition field, JsonNode value, Locale locale) {
        if (ValueParser.isEmpty(value)) {
            return "";
        }
        switch (field.type()) {
            case NUMBER:
            case MONEY:
                return number(field, value);
            case DATE:
            case DUE_DATE:
                return date(value.asString(), locale);
            case DUE_DATE_TIME:
                return dateTime(value.asString(), locale);
            case CHECKMARK:
            case FLAG:
                return text("field.flag." + value.asString(), locale);
            case MULTIPLE_CHOICE:
                return choices(field, value);
            case PERSON:
                return persons.displayName(orgId, value.path("id").asLong());
            case CATALOG:
                return String.join(", ", catalogItems.keys(orgId, value));
            case FORM_LINK:
                return String.join(", ", linked.links().subjects(orgId, value));
            case FILE:
                return String.join(", ", FileValues.names(value));
            case PROJECT:
                return String.join(", ", linked.lists().names(orgId, value));
            case TABLE:
                return rows(orgId, field, value, locale);
            default:
                return value.isValueNode() ? value.asString() : value.toString();
        }
    }

    private static String number(FieldDefinition field, JsonNode value) {
        BigDecimal number = Numbers.read(value).orElse(null);
        if (number == null) {
            return value.asString();
        }
        return Numbers.round(field, number).toPlainString();
    }

    private static String date(String stored, Locale locale) {
        LocalDate date = ScalarValues.parseDate(stored);
        if (date == null) {
            return stored;
        }
        return isEnglish(locale) ? ScalarValues.ISO_DATE.format(date) : ScalarValues.RUSSIAN_DATE.format(date);
    }

    // TODO: show the viewer's time zone once callers pass it; until then the time is given in UTC.
    private static String dateTime(String stored, Locale locale) {
        Instant moment;
        try {
            moment = Instant.parse(stored);
        } catch (java.time.format.DateTimeParseException notStoredShape) {
            return stored;
        }
        DateTimeFormatter format = isEnglish(locale) ? ENGLISH_DATE_TIME : RUSSIAN_DATE_TIME;
        return format.withZone(ZoneOffset.UTC).format(moment) + " UTC";
    }

    private static String choices(FieldDefinition field, JsonNode value) {
        List<String> names = new ArrayList<>();
        for (Integer id : ChoiceValues.storedIds(value)) {
            names.add(ChoiceValues.option(field, id).map(option -> option.value()).orElse("#" + id));
        }
        return String.join(", ", names);
    }

    /** Writes one line per row, each cell as {@code column: value}, separated by semicolons. */
    private String rows(long orgId, FieldDefinition table, JsonNode rows, Locale locale) {
        List<String> lines = new ArrayList<>();
        for (JsonNode row : rows) {
            List<String> cells = new ArrayList<>();
            for (FieldDefinition column : table.fields()) {
                String cell = display(orgId, column, row.path("cells").get(String.valueOf(column.id())), locale);
                if (!cell.isEmpty()) {
                    cells.add(column.name() + ": " + cell);
                }
            }
            lines.add(String.join("; ", cells));
        }
        return String.join("\n", lines);
    }

    private static boolean isEnglish(Locale locale) {
        return locale != null && SupportedLocales.ENGLISH.getLanguage().equals(locale.getLanguage());
    }

    /** Reads a label from the same message files the pages use; Russian unless English is asked for. */
    private static String text(String key, Locale locale) {
        Locale supported = isEnglish(locale) ? SupportedLocales.ENGLISH : SupportedLocales.RUSSIAN;
        try {
            ResourceBundle bundle = ResourceBundle.getBundle("messages", supported,
                    ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            return key.substring(key.lastIndexOf('.') + 1);
        }
    }
}
