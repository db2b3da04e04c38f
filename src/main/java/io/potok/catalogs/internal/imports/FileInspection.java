package io.potok.catalogs.internal.imports;

/**
 * What Potok made of an uploaded file before reading it through.
 *
 * @param format CSV or XLSX
 * @param csv the detected encoding and delimiter of a CSV file; null for XLSX
 */
public record FileInspection(FileFormat format, CsvSettings csv) {
}
