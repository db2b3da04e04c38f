package io.potok.catalogs.internal.imports;

/**
 * The largest catalog file Potok reads.
 *
 * @param maxBytes the largest file size in bytes
 * @param maxRows the most data rows, not counting the header
 */
public record ReadLimits(long maxBytes, int maxRows) {
}
