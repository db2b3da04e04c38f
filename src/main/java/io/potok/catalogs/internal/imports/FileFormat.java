package io.potok.catalogs.internal.imports;

/**
 * The kind of an uploaded catalog file.
 */
public enum FileFormat {
    CSV,
    XLSX
}
