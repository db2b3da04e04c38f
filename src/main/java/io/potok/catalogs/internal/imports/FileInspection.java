package io.potok.catalogs.internal.imports;

/**
 * The detected format of an uploaded file, and for CSV its detected encoding and delimiter.
 *
 * @param format CSV or XLSX
 * @param csv the detected encoding and delimiter of a CSV file; null for XLSX
 */
public record FileInspection(FileFormat format, CsvSettings csv) {
}
