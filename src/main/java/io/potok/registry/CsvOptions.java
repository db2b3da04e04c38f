package io.potok.registry;

import java.util.Locale;

/**
 * How a registry CSV export is written: RFC 4180 quoting, UTF-8 with a byte-order mark.
 *
 * @param locale the language of the header row and of formatted values
 * @param delimiter the field separator
 */
public record CsvOptions(Locale locale, char delimiter) {

    /**
     * Uses {@code ;} for Russian, which spreadsheet programs in Russian locales expect, and {@code ,}
     * otherwise.
     */
    public static CsvOptions forLocale(Locale locale) {
        boolean russian = "ru".equals(locale.getLanguage());
        return new CsvOptions(locale, russian ? ';' : ',');
    }

    public CsvOptions withDelimiter(char newDelimiter) {
        return new CsvOptions(locale, newDelimiter);
    }
}
