package io.potok.catalogs.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Parses human-typed numbers and dates into the stored cell forms: plain decimals with a point and ISO dates.
 */
final class CellFormats {

    private static final Pattern GROUPING_SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2009']");
    private static final Pattern ISO_DATE_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}[T ].+");
    private static final DateTimeFormatter DOTTED_DATE = DateTimeFormatter.ofPattern("d.M.uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private CellFormats() {
    }

    /**
     * Parses "1 234,50", "1234.5", "-3" or "1,234.50". When both a comma and a point occur, the later one is
     * the decimal separator and the other groups thousands.
     */
    static Optional<BigDecimal> number(String raw) {
        String text = GROUPING_SPACES.matcher(raw).replaceAll("").replace('\u2212', '-');
        int comma = text.lastIndexOf(',');
        int point = text.lastIndexOf('.');
        if (comma >= 0 && point >= 0) {
            text = comma > point ? text.replace(".", "").replace(',', '.') : text.replace(",", "");
        } else if (comma >= 0) {
            text = text.replace(',', '.');
        }
        try {
            return Optional.of(new BigDecimal(text));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Returns the number as a plain decimal with a point, as typed apart from the separators. */
    static Optional<String> plainNumber(String raw) {
        return number(raw).map(BigDecimal::toPlainString);
    }

    /** Returns the amount rounded half-up to 2 places, such as "1234.50". */
    static Optional<String> money(String raw) {
        return number(raw).map(amount -> amount.setScale(2, RoundingMode.HALF_UP).toPlainString());
    }

    /**
     * Parses "31.12.2026", "2026-12-31" or a date-time at midnight such as "2026-12-31T00:00:00", which
     * spreadsheets write for date cells, into an ISO date.
     */
    static Optional<String> isoDate(String raw) {
        try {
            if (raw.contains(".")) {
                return Optional.of(LocalDate.parse(raw, DOTTED_DATE).toString());
            }
            if (ISO_DATE_TIME.matcher(raw).matches()) {
                return midnight(LocalDateTime.parse(raw.replace(' ', 'T')));
            }
            return Optional.of(LocalDate.parse(raw).toString());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> midnight(LocalDateTime dateTime) {
        if (!dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return Optional.empty();
        }
        return Optional.of(dateTime.toLocalDate().toString());
    }
}
