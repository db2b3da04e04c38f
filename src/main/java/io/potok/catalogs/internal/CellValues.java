package io.potok.catalogs.internal;

import java.util.List;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogValueInvalid;
import io.potok.identity.Members;
import org.springframework.stereotype.Component;

/**
 * Brings raw cells to the form catalogs store them in: number and money as plain decimals with a point
 * (money rounded half-up to 2 places), dates as ISO "2026-12-31", members as their email in lower case, text
 * as given. Accepts what people type and spreadsheets write, such as "1 234,50" and "31.12.2026".
 *
 * <p>Public so that the sub-packages of the catalogs module, such as the file importer, can use it.
 */
@Component
public class CellValues {

    private final Members members;

    CellValues(Members members) {
        this.members = members;
    }

    /**
     * Returns a normaliser for rows of a catalog with these columns. It reads the organisation's members once,
     * on the first member cell, so use one normaliser for all rows of a sync or an import.
     */
    public RowNormalizer forColumns(long orgId, List<Catalog.Header> headers) {
        return new RowNormalizer(headers, new MemberDirectory(members, orgId));
    }

    /**
     * Normalises one cell for its column.
     *
     * @param key the key of the row, named in the error
     * @throws CatalogValueInvalid when the value does not fit the column's type
     */
    public String normalize(long orgId, Catalog.Header column, String key, String raw) {
        return forColumns(orgId, List.of(column)).cell(column, key, raw);
    }
}
