package io.potok.catalogs.internal.imports;

import java.nio.charset.Charset;
import java.util.List;

/**
 * The text encoding of a CSV file and the delimiter character between its values.
 */
public record CsvSettings(Charset encoding, char delimiter) {

    /** The delimiters Potok detects and offers: comma, semicolon and tab. */
    public static final List<Character> DELIMITERS = List.of(',', ';', '\t');

    /** The encodings Potok detects and offers. */
    public static final List<String> ENCODINGS = List.of("UTF-8", "windows-1251");
}
