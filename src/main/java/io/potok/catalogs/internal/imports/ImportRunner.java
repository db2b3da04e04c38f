package io.potok.catalogs.internal.imports;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.CatalogSync;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.SyncResult;
import io.potok.platform.PotokException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a confirmed import in the background: reads the stored file again, checks it, applies the valid rows
 * through {@link CatalogSync#diff} a chunk at a time, and at the end archives the items the file does not
 * list when the administrator asked for it. Each chunk and its report lines commit together, so a run that
 * a restart interrupted resumes after the last committed chunk.
 */
@Component
class ImportRunner {

    static final int CHUNK_ROWS = 500;

    private static final Logger log = LoggerFactory.getLogger(ImportRunner.class);

    private final CatalogImports imports;
    private final CatalogFiles files;
    private final ImportCheck check;
    private final Catalogs catalogs;
    private final CatalogSync sync;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ImportRunner(CatalogImports imports, CatalogFiles files, ImportCheck check, Catalogs catalogs, CatalogSync sync,
                 TransactionTemplate transactions, Clock clock) {
        this.imports = imports;
        this.files = files;
        this.check = check;
        this.catalogs = catalogs;
        this.sync = sync;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs the import, recording a failure on the import instead of raising it. */
    void run(long importId) {
        CatalogImport job = imports.find(importId).orElse(null);
        if (job == null || !job.status().isInProgress()) {
            log.info("Catalog import {} is not queued or running, nothing to do", importId);
            return;
        }
        try {
            execute(job);
        } catch (PotokException failure) {
            log.warn("Catalog import {} of catalog {} failed: {}", importId, job.catalogId(), failure.code());
            imports.fail(importId, failure.messageKey(), arguments(failure), clock.instant());
        } catch (RuntimeException failure) {
            log.error("Catalog import {} of catalog {} failed", importId, job.catalogId(), failure);
            imports.fail(importId, "catalogImport.failed", List.of(), clock.instant());
        }
    }

    private void execute(CatalogImport job) {
        log.info("Catalog import {} of catalog {} started from row {}", job.id(), job.catalogId(), job.processedRows());
        Catalog catalog = catalogs.find(job.orgId(), job.catalogId())
                .orElseThrow(() -> new CatalogNotFound(job.catalogId()));
        FileTable table = files.readAll(job.fileName(), imports.content(job.id()), job.settings());
        CheckedFile checked = check.check(job.orgId(), catalog, table, job.mapping());

        int resumeAt = job.status() == ImportStatus.QUEUED ? begin(job, checked) : job.processedRows();
        Map<String, List<String>> current = currentValues(job);
        for (int from = resumeAt; from < checked.valid().size(); from += CHUNK_ROWS) {
            List<MappedRow> chunk = checked.valid().subList(from, Math.min(from + CHUNK_ROWS, checked.valid().size()));
            applyChunk(job, chunk, from + chunk.size(), current);
        }
        if (job.archiveMissing()) {
            archiveMissing(job, checked);
        }

        imports.finish(job.id(), clock.instant());
        CatalogImport done = imports.find(job.id()).orElseThrow();
        log.info("Catalog import {} of catalog {} finished: {}", job.id(), job.catalogId(), done.counts());
    }

    /** Marks the import running and reports the rejected rows, together, so that a resumed run skips both. */
    private int begin(CatalogImport job, CheckedFile checked) {
        List<ImportRowOutcome> rejected = checked.problems().stream().map(ImportRowOutcome::rejected).toList();
        int rejectedRows = (int) checked.problems().stream().mapToInt(RowProblem::rowNumber).distinct().count();
        transactions.executeWithoutResult(status -> {
            imports.start(job.id(), checked.valid().size());
            imports.recordChunk(job.id(), 0, new ImportCounts(0, 0, 0, 0, rejectedRows), rejected);
        });
        return 0;
    }

    /** Returns every item's values by key, archived ones too, to fill the catalog columns the file leaves out. */
    private Map<String, List<String>> currentValues(CatalogImport job) {
        Map<String, List<String>> current = new HashMap<>();
        for (CatalogItem item : catalogs.items(job.orgId(), job.catalogId(), true)) {
            current.put(item.key(), item.values());
        }
        return current;
    }

    /**
     * Applies one chunk in one transaction. When the sync rejects the chunk, which happens when a value turned
     * invalid after the check (a member deactivated meanwhile), the rows go one by one so that only the bad
     * ones are rejected.
     */
    private void applyChunk(CatalogImport job, List<MappedRow> chunk, int processedRows,
                            Map<String, List<String>> current) {
        try {
            transactions.executeWithoutResult(status -> applyRows(job, chunk, processedRows, current));
        } catch (PotokException rejected) {
            log.warn("Catalog import {} applies rows {} to {} one by one: {}", job.id(), chunk.get(0).rowNumber(),
                    chunk.get(chunk.size() - 1).rowNumber(), rejected.code());
            for (int i = 0; i < chunk.size(); i++) {
                applySingleRow(job, chunk.get(i), processedRows - chunk.size() + i + 1, current);
            }
        }
    }

    private void applySingleRow(CatalogImport job, MappedRow row, int processedRows,
                                Map<String, List<String>> current) {
        try {
            transactions.executeWithoutResult(status -> applyRows(job, List.of(row), processedRows, current));
        } catch (PotokException rejected) {
            RowProblem problem = new RowProblem(row.rowNumber(), row.key(), rejected.messageKey(), arguments(rejected));
            imports.recordChunk(job.id(), processedRows, new ImportCounts(0, 0, 0, 0, 1),
                    List.of(ImportRowOutcome.rejected(problem)));
        }
    }

    private void applyRows(CatalogImport job, List<MappedRow> rows, int processedRows,
                           Map<String, List<String>> current) {
        List<List<String>> upsert = new ArrayList<>(rows.size());
        Map<String, Integer> rowNumbers = new HashMap<>();
        for (MappedRow row : rows) {
            upsert.add(row.merge(current.get(row.key())));
            rowNumbers.put(row.key(), row.rowNumber());
        }
        SyncResult result = sync.diff(job.orgId(), job.catalogId(), upsert, List.of(), true);

        List<ImportRowOutcome> outcomes = new ArrayList<>();
        result.added().forEach(item -> outcomes.add(line("added", rowNumbers.get(item.key()), item.key())));
        result.updated().forEach(item -> outcomes.add(line("updated", rowNumbers.get(item.key()), item.key())));
        int unchanged = rows.size() - result.added().size() - result.updated().size();
        ImportCounts counts = new ImportCounts(result.added().size(), result.updated().size(), unchanged, 0, 0);
        imports.recordChunk(job.id(), processedRows, counts, outcomes);
    }

    /** Archives, a chunk at a time, the live items whose key no row of the file names. */
    private void archiveMissing(CatalogImport job, CheckedFile checked) {
        List<String> missing = catalogs.items(job.orgId(), job.catalogId(), false).stream()
                .map(CatalogItem::key)
                .filter(key -> !checked.fileKeys().contains(key))
                .toList();
        for (int from = 0; from < missing.size(); from += CHUNK_ROWS) {
            List<String> keys = missing.subList(from, Math.min(from + CHUNK_ROWS, missing.size()));
            transactions.executeWithoutResult(status -> archive(job, keys));
        }
    }

    private void archive(CatalogImport job, List<String> keys) {
        SyncResult result = sync.diff(job.orgId(), job.catalogId(), List.of(), keys, true);
        List<ImportRowOutcome> outcomes = result.archived().stream()
                .map(item -> line("archived", null, item.key()))
                .toList();
        CatalogImport progress = imports.find(job.id()).orElseThrow();
        imports.recordChunk(job.id(), progress.processedRows(), new ImportCounts(0, 0, 0, outcomes.size(), 0),
                outcomes);
    }

    private static ImportRowOutcome line(String outcome, Integer rowNumber, String key) {
        return new ImportRowOutcome(outcome, rowNumber, key, null, List.of());
    }

    private static List<String> arguments(PotokException failure) {
        return java.util.Arrays.stream(failure.arguments()).map(String::valueOf).toList();
    }
}
