package io.potok.catalogs.internal.imports;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.NumberToTextConverter;

/**
 * Formats a numeric spreadsheet cell (a number, a date, or a formula's cached result) as catalog cells store
 * it, never as "4.5E3" or a date serial. Dates become ISO "2026-12-31", with " 14:30" when the cell has a
 * time of day. Numbers become plain decimals with a point and the decimal places the cell's format shows.
 * Grouping, currency signs and percent signs of the format are left out.
 */
final class SpreadsheetCellFormatter extends DataFormatter {

    private static final Pattern DECIMAL_PLACES = Pattern.compile("\\.(0+)");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ROOT);

    private final boolean date1904;

    SpreadsheetCellFormatter(boolean date1904) {
        super(Locale.ROOT);
        this.date1904 = date1904;
    }

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
        if (formatString != null && DateUtil.isADateFormat(formatIndex, formatString)
                && DateUtil.isValidExcelDate(value)) {
            return dateText(DateUtil.getLocalDateTime(value, date1904, true), value);
        }
        return numberText(value, formatString);
    }

    /** Shows a time of day alone when the serial has no date part, as a cell formatted "чч:мм" does. */
    private static String dateText(LocalDateTime dateTime, double serial) {
        if (serial < 1) {
            return dateTime.toLocalTime().format(TIME);
        }
        if (dateTime.toLocalTime().equals(LocalTime.MIDNIGHT)) {
            return dateTime.toLocalDate().toString();
        }
        return dateTime.toLocalDate() + " " + dateTime.toLocalTime().format(TIME);
    }

    /** Uses Excel's own 15-digit rendering, so 0.1 stays "0.1" rather than the double's full expansion. */
    private static String numberText(double value, String formatString) {
        BigDecimal number = new BigDecimal(NumberToTextConverter.toText(value));
        int places = decimalPlaces(formatString);
        if (places > number.scale()) {
            number = number.setScale(places);
        }
        return number.toPlainString();
    }

    /** Returns the number of zeros after the point in the format's first section, such as 2 for "#,##0.00 ₽". */
    private static int decimalPlaces(String formatString) {
        if (formatString == null || formatString.contains("%")) {
            return 0;
        }
        String firstSection = formatString.split(";", 2)[0];
        Matcher matcher = DECIMAL_PLACES.matcher(firstSection);
        return matcher.find() ? matcher.group(1).length() : 0;
    }
}
