package io.potok.forms.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import java.util.regex.Pattern;

import io.potok.forms.FieldDefinition;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.DecimalNode;
import tools.jackson.databind.node.StringNode;

import static io.potok.forms.internal.Rejections.invalid;

/**
 * Parses the values of the types stored as one JSON scalar: text, number, money, dates, time, checkmark,
 * flag, email and phone. Each method takes a non-empty value and returns it in the stored shape.
 */
final class ScalarValues {

    static final DateTimeFormatter ISO_DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd")
            .withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm")
            .withResolverStyle(ResolverStyle.STRICT);
    static final DateTimeFormatter UTC_DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'")
            .withZone(ZoneOffset.UTC);

    private static final Set<String> CHECKMARK = Set.of("checked", "unchecked");
    private static final Set<String> FLAG = Set.of("none", "checked", "unchecked");

    /** A local part and a dotted domain, no spaces; deliverability is not checked. */
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s.]+(\\.[^@\\s.]+)+");
    private static final int EMAIL_MAX_LENGTH = 254;

    /** Digits, spaces, +, -, brackets, and an optional extension after a comma, as in {@code 79000000000,12345}. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()\\-]+(, ?[0-9]+)?");
    private static final int PHONE_MIN_DIGITS = 3;

    private ScalarValues() {
    }

    static JsonNode text(FieldDefinition field, JsonNode value) {
        if (value.isString() || value.isNumber()) {
            return StringNode.valueOf(value.asString());
        }
        throw invalid("text", field, value);
    }

    static JsonNode number(FieldDefinition field, JsonNode value) {
        BigDecimal number = Numbers.read(value).orElseThrow(() -> invalid("number", field, value));
        if (Numbers.tooLarge(number)) {
            throw invalid("number_too_large", field, value);
        }
        return DecimalNode.valueOf(Numbers.round(field, number));
    }

    static JsonNode date(FieldDefinition field, JsonNode value) {
        String text = trimmedString(value).orElseThrow(() -> invalid("date", field, value));
        LocalDate date = parseDate(text);
        if (date == null) {
            throw invalid("date", field, value);
        }
        return StringNode.valueOf(ISO_DATE.format(date));
    }

    static JsonNode time(FieldDefinition field, JsonNode value) {
        String text = trimmedString(value).orElseThrow(() -> invalid("time", field, value));
        try {
            return StringNode.valueOf(TIME.format(LocalTime.parse(text, TIME)));
        } catch (DateTimeParseException notTime) {
            throw invalid("time", field, value);
        }
    }

    /** Accepts an ISO date-time with an offset or zone and stores it in UTC, to the second. */
    static JsonNode dateTime(FieldDefinition field, JsonNode value) {
        String text = trimmedString(value).orElseThrow(() -> invalid("date_time", field, value));
        try {
            ZonedDateTime moment = ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
            return StringNode.valueOf(UTC_DATE_TIME.format(moment.toInstant().truncatedTo(ChronoUnit.SECONDS)));
        } catch (DateTimeParseException notDateTime) {
            throw invalid("date_time", field, value);
        }
    }

    static JsonNode checkmark(FieldDefinition field, JsonNode value) {
        if (value.isBoolean()) {
            return StringNode.valueOf(value.booleanValue() ? "checked" : "unchecked");
        }
        return oneOf(CHECKMARK, "checkmark", field, value);
    }

    static JsonNode flag(FieldDefinition field, JsonNode value) {
        return oneOf(FLAG, "flag", field, value);
    }

    static JsonNode email(FieldDefinition field, JsonNode value) {
        String text = trimmedString(value).orElseThrow(() -> invalid("email", field, value));
        if (text.length() > EMAIL_MAX_LENGTH || !EMAIL.matcher(text).matches()) {
            throw invalid("email", field, value);
        }
        return StringNode.valueOf(text);
    }

    static JsonNode phone(FieldDefinition field, JsonNode value) {
        String text = value.isNumber() && value.isIntegralNumber() ? value.asString()
                : trimmedString(value).orElseThrow(() -> invalid("phone", field, value));
        if (!PHONE.matcher(text).matches() || digitsBeforeExtension(text) < PHONE_MIN_DIGITS) {
            throw invalid("phone", field, value);
        }
        return StringNode.valueOf(text);
    }

    /** Parses {@code yyyy-MM-dd}, or {@code dd.MM.yyyy} as typed on Russian pages; null when neither. */
    static LocalDate parseDate(String text) {
        for (DateTimeFormatter format : new DateTimeFormatter[] {ISO_DATE, RUSSIAN_DATE}) {
            try {
                return LocalDate.parse(text, format);
            } catch (DateTimeParseException tryNext) {
                // the next format may match
            }
        }
        return null;
    }

    private static JsonNode oneOf(Set<String> allowed, String reason, FieldDefinition field, JsonNode value) {
        String text = trimmedString(value).orElseThrow(() -> invalid(reason, field, value));
        if (!allowed.contains(text)) {
            throw invalid(reason, field, value);
        }
        return StringNode.valueOf(text);
    }

    private static java.util.Optional<String> trimmedString(JsonNode value) {
        return value.isString() ? java.util.Optional.of(value.stringValue().trim()) : java.util.Optional.empty();
    }

    private static long digitsBeforeExtension(String phone) {
        int comma = phone.indexOf(',');
        String number = comma < 0 ? phone : phone.substring(0, comma);
        return number.chars().filter(Character::isDigit).count();
    }
}
