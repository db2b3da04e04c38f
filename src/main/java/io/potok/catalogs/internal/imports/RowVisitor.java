package io.potok.catalogs.internal.imports;

/**
 * Receives the rows of a file in order, the header first; rows with no value in any cell are left out.
 */
@FunctionalInterface
interface RowVisitor {

    /** Takes one row and returns whether reading should go on. */
    boolean visit(FileRow row);
}
