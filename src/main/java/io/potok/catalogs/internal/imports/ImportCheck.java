package io.potok.catalogs.internal.imports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.internal.CellValues;
import io.potok.catalogs.internal.RowNormalizer;
import io.potok.platform.PotokException;
import org.springframework.stereotype.Component;

/**
 * Maps file columns to catalog columns and checks every data row before anything is applied: the key must
 * be present and unique within the file, and each value must fit its column ({@link CellValues}).
 */
@Component
public class ImportCheck {

    static final String KEY_DUPLICATED = "catalogImport.problem.keyDuplicated";

    private final CellValues cellValues;

    ImportCheck(CellValues cellValues) {
        this.cellValues = cellValues;
    }

    /**
     * Proposes a mapping in which each file column fills the catalog column of the same name, ignoring case
     * and surrounding spaces. Other file columns are left out, and a catalog column is proposed for its first
     * matching file column only.
     */
    public static List<String> proposeMapping(FileRow header, List<Catalog.Header> columns) {
        Map<String, String> byName = new LinkedHashMap<>();
        columns.forEach(column -> byName.putIfAbsent(comparable(column.name()), column.name()));
        Set<String> taken = new HashSet<>();
        List<String> mapping = new ArrayList<>();
        for (String cell : header.cells()) {
            String column = byName.getOrDefault(comparable(cell), "");
            mapping.add(!column.isEmpty() && taken.add(column) ? column : "");
        }
        return mapping;
    }

    /**
     * Checks that the mapping fills the key column and fills no catalog column twice.
     *
     * @throws ImportMappingInvalid naming the column at fault
     */
    public static void checkMapping(List<String> mapping, List<Catalog.Header> columns) {
        Set<String> names = columns.stream().map(Catalog.Header::name).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        for (String column : mapping) {
            if (column.isEmpty()) {
                continue;
            }
            if (!names.contains(column)) {
                throw ImportMappingInvalid.unknownColumn(column);
            }
            if (!seen.add(column)) {
                throw ImportMappingInvalid.mappedTwice(column);
            }
        }
        if (!seen.contains(columns.get(0).name())) {
            throw ImportMappingInvalid.keyUnmapped(columns.get(0).name());
        }
    }

    /** Checks every data row of the file and lays the valid ones out by catalog column. */
    public CheckedFile check(long orgId, Catalog catalog, FileTable table, List<String> mapping) {
        checkMapping(mapping, catalog.headers());
        int[] sources = sourceColumns(mapping, catalog.headers());
        RowNormalizer normalizer = cellValues.forColumns(orgId, catalog.headers());
        Map<String, List<Integer>> rowsByKey = rowsByKey(table, sources[0]);

        List<MappedRow> valid = new ArrayList<>();
        List<RowProblem> problems = new ArrayList<>();
        for (FileRow row : table.rows()) {
            List<String> raw = layOut(row, sources);
            List<RowProblem> found = problems(row, raw, normalizer, rowsByKey);
            if (found.isEmpty()) {
                List<String> normalized = normalizer.row(raw);
                valid.add(new MappedRow(row.number(), normalized.get(0), mapped(normalized, sources)));
            } else {
                problems.addAll(found);
            }
        }
        return new CheckedFile(valid, problems, rowsByKey.keySet());
    }

    /** Returns, per catalog column, the index of the file column that fills it, or -1. */
    private static int[] sourceColumns(List<String> mapping, List<Catalog.Header> columns) {
        int[] sources = new int[columns.size()];
        Arrays.fill(sources, -1);
        for (int file = 0; file < mapping.size(); file++) {
            for (int column = 0; column < columns.size(); column++) {
                if (columns.get(column).name().equals(mapping.get(file))) {
                    sources[column] = file;
                }
            }
        }
        return sources;
    }

    /** Groups the data rows' numbers by their non-empty key, in file order. */
    private static Map<String, List<Integer>> rowsByKey(FileTable table, int keySource) {
        Map<String, List<Integer>> rowsByKey = new LinkedHashMap<>();
        for (FileRow row : table.rows()) {
            String key = row.cell(keySource).strip();
            if (!key.isEmpty()) {
                rowsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row.number());
            }
        }
        return rowsByKey;
    }

    private static List<String> layOut(FileRow row, int[] sources) {
        List<String> raw = new ArrayList<>(sources.length);
        for (int source : sources) {
            raw.add(source < 0 ? "" : row.cell(source));
        }
        return raw;
    }

    private static List<RowProblem> problems(FileRow row, List<String> raw, RowNormalizer normalizer,
                                             Map<String, List<Integer>> rowsByKey) {
        String key = raw.get(0).strip();
        List<RowProblem> found = new ArrayList<>();
        List<Integer> sameKey = rowsByKey.getOrDefault(key, List.of());
        if (sameKey.size() > 1) {
            found.add(new RowProblem(row.number(), key, KEY_DUPLICATED, List.of(key, otherRows(sameKey, row.number()))));
        }
        for (PotokException problem : normalizer.problems(raw)) {
            found.add(new RowProblem(row.number(), key, problem.messageKey(), texts(problem.arguments())));
        }
        return found;
    }

    private static String otherRows(List<Integer> rows, int self) {
        return rows.stream().filter(number -> number != self).map(String::valueOf).collect(Collectors.joining(", "));
    }

    private static List<String> mapped(List<String> normalized, int[] sources) {
        List<String> values = new ArrayList<>(normalized.size());
        for (int i = 0; i < normalized.size(); i++) {
            values.add(sources[i] < 0 ? null : normalized.get(i));
        }
        return values;
    }

    private static List<String> texts(Object[] arguments) {
        return Arrays.stream(arguments).map(String::valueOf).toList();
    }

    private static String comparable(String name) {
        return name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
    }
}
