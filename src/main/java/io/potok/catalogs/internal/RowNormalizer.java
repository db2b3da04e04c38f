package io.potok.catalogs.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogValueInvalid;
import io.potok.platform.PotokException;

/**
 * Normalises rows for one catalog's columns; made by {@link CellValues#forColumns}. Rows shorter than the
 * columns are padded with empty cells. The key is stripped of surrounding spaces like typed cells are; text
 * cells other than the key are kept as sent.
 */
public final class RowNormalizer {

    private final List<Catalog.Header> headers;
    private final MemberDirectory members;

    RowNormalizer(List<Catalog.Header> headers, MemberDirectory members) {
        this.headers = List.copyOf(headers);
        this.members = members;
    }

    /**
     * Returns the row with every cell normalised.
     *
     * @throws CatalogValueInvalid for the first cell that does not fit its column
     * @throws CatalogRowInvalid when the key is empty or the row has more cells than there are columns
     */
    public List<String> row(List<String> raw) {
        List<PotokException> problems = new ArrayList<>();
        List<String> normalized = normalize(raw, problems);
        if (!problems.isEmpty()) {
            throw problems.get(0);
        }
        return normalized;
    }

    /**
     * Returns every problem of the row ({@link CatalogValueInvalid} and {@link CatalogRowInvalid}), the empty
     * key first and then in column order; empty when the row is fine. Importers use it to
     * report all bad rows of a file at once.
     */
    public List<PotokException> problems(List<String> raw) {
        List<PotokException> problems = new ArrayList<>();
        normalize(raw, problems);
        return problems;
    }

    /**
     * Normalises one cell of a column.
     *
     * @throws CatalogValueInvalid when the value does not fit the column's type
     */
    public String cell(Catalog.Header column, String key, String raw) {
        String text = raw == null ? "" : raw;
        String trimmed = text.strip();
        if (trimmed.isEmpty()) {
            return "";
        }
        Optional<String> value = switch (column.type() == null ? "text" : column.type()) {
            case "number" -> CellFormats.plainNumber(trimmed);
            case "money" -> CellFormats.money(trimmed);
            case "date" -> CellFormats.isoDate(trimmed);
            case "member" -> members.email(trimmed);
            default -> Optional.of(text);
        };
        return value.orElseThrow(() -> new CatalogValueInvalid(key, column.name(), text));
    }

    private List<String> normalize(List<String> raw, List<PotokException> problems) {
        String rawKey = raw.isEmpty() || raw.get(0) == null ? "" : raw.get(0).strip();
        String key = normalizeCell(0, rawKey, rawKey, problems);
        if (key.isEmpty()) {
            problems.add(0, CatalogRowInvalid.keyMissing(headers.get(0).name()));
        }
        List<String> normalized = new ArrayList<>(headers.size());
        normalized.add(key);
        for (int i = 1; i < headers.size(); i++) {
            normalized.add(normalizeCell(i, key.isEmpty() ? rawKey : key, i < raw.size() ? raw.get(i) : "", problems));
        }
        if (hasCellsBeyond(raw, headers.size())) {
            problems.add(CatalogRowInvalid.tooLong(rawKey, raw.size(), headers.size()));
        }
        return normalized;
    }

    /** Checks for a non-blank cell beyond the last column; trailing empty cells do not count. */
    private static boolean hasCellsBeyond(List<String> raw, int columns) {
        for (int i = columns; i < raw.size(); i++) {
            if (raw.get(i) != null && !raw.get(i).isBlank()) {
                return true;
            }
        }
        return false;
    }

    private String normalizeCell(int column, String key, String raw, List<PotokException> problems) {
        try {
            return cell(headers.get(column), key, raw);
        } catch (CatalogValueInvalid e) {
            problems.add(e);
            return raw == null ? "" : raw;
        }
    }
}
