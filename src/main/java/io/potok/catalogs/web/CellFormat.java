package io.potok.catalogs.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.FormatStyle;
import java.util.Locale;
import java.util.Map;

import io.potok.catalogs.Catalog;

/**
 * Shows stored cell values the way the page's locale writes them: money with two decimals and digit
 * grouping, dates in the locale's medium style, and members by name. A value that does not parse as its
 * column's type, such as one stored before the column's type changed, is shown as stored.
 */
final class CellFormat {

    private final Locale locale;
    private final Map<String, String> memberNames;

    /**
     * @param memberNames display names keyed by lower-case email
     */
    CellFormat(Locale locale, Map<String, String> memberNames) {
        this.locale = locale;
        this.memberNames = Map.copyOf(memberNames);
    }

    String show(Catalog.Header header, String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        try {
            switch (header.type()) {
                case "money":
                    return decimals(2, 2).format(new BigDecimal(value));
                case "number":
                    BigDecimal number = new BigDecimal(value);
                    return decimals(0, Math.max(number.scale(), 0)).format(number);
                case "date":
                    return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(LocalDate.parse(value));
                case "member":
                    return memberNames.getOrDefault(value.toLowerCase(Locale.ROOT), value);
                default:
                    return value;
            }
        } catch (NumberFormatException | DateTimeParseException notOfType) {
            return value;
        }
    }

    private NumberFormat decimals(int min, int max) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setMinimumFractionDigits(min);
        format.setMaximumFractionDigits(max);
        return format;
    }
}
