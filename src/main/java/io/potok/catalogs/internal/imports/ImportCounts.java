package io.potok.catalogs.internal.imports;

/**
 * How many rows and items an import run changed so far.
 *
 * @param added items added, or brought back from the archive
 * @param updated items whose values changed
 * @param unchanged rows whose item already had these values
 * @param archived items archived because the file did not list them
 * @param rejected file rows skipped because of a problem
 */
public record ImportCounts(int added, int updated, int unchanged, int archived, int rejected) {

    public static final ImportCounts NONE = new ImportCounts(0, 0, 0, 0, 0);

    ImportCounts plus(ImportCounts other) {
        return new ImportCounts(added + other.added, updated + other.updated, unchanged + other.unchanged,
                archived + other.archived, rejected + other.rejected);
    }
}
