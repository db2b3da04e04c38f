package io.potok.catalogs.internal.imports;

import java.nio.charset.Charset;
import java.util.List;

/**
 * How a CSV file is decoded and split: its text encoding and the character between values.
 */
public record CsvSettings(Charset encoding, char delimiter) {

    /** The delimiters Potok detects and offers: comma, semicolon and tab. */
    public static final List<Character> DELIMITERS = List.of(',', ';', '\t');

    /** The encodings Potok detects and offers. */
    public static final List<String> ENCODINGS = List.of("UTF-8", "windows-1251");
}
