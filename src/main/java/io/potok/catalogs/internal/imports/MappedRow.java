package io.potok.catalogs.internal.imports;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A file row that passed the check, laid out by catalog column.
 *
 * @param rowNumber the row number in the file
 * @param values per catalog column, the checked value, or null where no file column fills that column
 */
public record MappedRow(int rowNumber, String key, List<String> values) {

    public MappedRow {
        values = Collections.unmodifiableList(new ArrayList<>(values));
    }

    /** Returns the full item values: this row's where mapped, the item's current ones elsewhere. */
    List<String> merge(List<String> current) {
        List<String> merged = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            String own = values.get(i);
            String kept = current != null && i < current.size() ? current.get(i) : "";
            merged.add(own != null ? own : kept);
        }
        return merged;
    }
}
