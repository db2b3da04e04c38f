package io.potok.catalogs.internal.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/**
 * Catalog imports in {@code catalog_imports}, their uploaded files, and their row reports in
 * {@code catalog_import_rows}. Status changes check the current status in the update itself, so two nodes
 * or two browser tabs cannot both move an import on.
 */
@Repository
public class CatalogImports {

    static final String CHECK = "check";
    static final String RESULT = "result";

    private static final String COLUMNS = """
            select id, org_id, catalog_id, created_by, created_at, file_name, file_format, encoding, delimiter,
                   mapping, archive_missing, status, total_rows, processed_rows, added, updated, unchanged,
                   archived, rejected, failure_key, failure_args, finished_at
            from catalog_imports
            """;

    private final JdbcClient jdbc;
    private final JdbcTemplate batch;
    private final JsonMapper json;

    CatalogImports(JdbcClient jdbc, JdbcTemplate batch, JsonMapper json) {
        this.jdbc = jdbc;
        this.batch = batch;
        this.json = json;
    }

    /** Stores an uploaded file as a new import in the mapping step and returns its id. */
    public long create(long orgId, long catalogId, long memberId, Instant now, String fileName, byte[] content,
                       FileInspection settings, List<String> mapping) {
        CsvSettings csv = settings.csv();
        return jdbc.sql("""
                        insert into catalog_imports (org_id, catalog_id, created_by, created_at, file_name, file_format,
                                                     content, encoding, delimiter, mapping, status)
                        values (:org, :catalog, :member, :now, :name, :format, :content, :encoding, :delimiter,
                                cast(:mapping as jsonb), 'UPLOADED')
                        returning id
                        """)
                .param("org", orgId)
                .param("catalog", catalogId)
                .param("member", memberId)
                .param("now", Timestamp.from(now))
                .param("name", fileName)
                .param("format", settings.format().name())
                .param("content", content)
                .param("encoding", csv == null ? null : csv.encoding().name())
                .param("delimiter", csv == null ? null : String.valueOf(csv.delimiter()))
                .param("mapping", json.writeValueAsString(mapping))
                .query(Long.class)
                .single();
    }

    public Optional<CatalogImport> find(long orgId, long importId) {
        return jdbc.sql(COLUMNS + " where org_id = :org and id = :id")
                .param("org", orgId)
                .param("id", importId)
                .query((rs, row) -> catalogImport(rs))
                .optional();
    }

    /** Finds an import by id alone, for the background run, which acts for no signed-in member. */
    Optional<CatalogImport> find(long importId) {
        return jdbc.sql(COLUMNS + " where id = :id").param("id", importId)
                .query((rs, row) -> catalogImport(rs)).optional();
    }

    public byte[] content(long importId) {
        return jdbc.sql("select content from catalog_imports where id = :id").param("id", importId)
                .query(byte[].class).single();
    }

    /** Returns the catalog's latest imports, newest first. */
    public List<CatalogImport> list(long orgId, long catalogId, int limit) {
        return jdbc.sql(COLUMNS + " where org_id = :org and catalog_id = :catalog order by id desc limit :limit")
                .param("org", orgId)
                .param("catalog", catalogId)
                .param("limit", limit)
                .query((rs, row) -> catalogImport(rs))
                .list();
    }

    /** Changes how the file is read and mapped, and sends the import back to the mapping step. */
    public boolean changeSettings(long importId, CsvSettings csv, List<String> mapping, boolean archiveMissing) {
        deleteRows(importId, CHECK);
        return jdbc.sql("""
                        update catalog_imports
                        set encoding = coalesce(:encoding, encoding), delimiter = coalesce(:delimiter, delimiter),
                            mapping = cast(:mapping as jsonb), archive_missing = :archive, status = 'UPLOADED'
                        where id = :id and status in ('UPLOADED', 'CHECKED')
                        """)
                .param("id", importId)
                .param("encoding", csv == null ? null : csv.encoding().name())
                .param("delimiter", csv == null ? null : String.valueOf(csv.delimiter()))
                .param("mapping", json.writeValueAsString(mapping))
                .param("archive", archiveMissing)
                .update() == 1;
    }

    /** Stores the problems the check found and moves the import to the confirmation step. */
    public boolean markChecked(long importId, List<RowProblem> problems) {
        deleteRows(importId, CHECK);
        insertRows(importId, CHECK, problems.stream().map(ImportRowOutcome::rejected).toList());
        return jdbc.sql("update catalog_imports set status = 'CHECKED' where id = :id and status = 'UPLOADED'")
                .param("id", importId).update() == 1;
    }

    public boolean queue(long importId) {
        return jdbc.sql("update catalog_imports set status = 'QUEUED' where id = :id and status = 'CHECKED'")
                .param("id", importId).update() == 1;
    }

    /** Marks a queued import as running with the number of rows it will apply. */
    boolean start(long importId, int totalRows) {
        return jdbc.sql("""
                        update catalog_imports set status = 'RUNNING', total_rows = :total
                        where id = :id and status = 'QUEUED'
                        """)
                .param("id", importId).param("total", totalRows).update() == 1;
    }

    /** Records what one chunk of the run did, together with the rows applied so far. */
    void recordChunk(long importId, int processedRows, ImportCounts delta, List<ImportRowOutcome> outcomes) {
        insertRows(importId, RESULT, outcomes);
        jdbc.sql("""
                        update catalog_imports
                        set processed_rows = :processed, added = added + :added, updated = updated + :updated,
                            unchanged = unchanged + :unchanged, archived = archived + :archived,
                            rejected = rejected + :rejected
                        where id = :id
                        """)
                .param("id", importId)
                .param("processed", processedRows)
                .param("added", delta.added())
                .param("updated", delta.updated())
                .param("unchanged", delta.unchanged())
                .param("archived", delta.archived())
                .param("rejected", delta.rejected())
                .update();
    }

    void finish(long importId, Instant now) {
        jdbc.sql("update catalog_imports set status = 'FINISHED', finished_at = :now where id = :id")
                .param("id", importId).param("now", Timestamp.from(now)).update();
    }

    void fail(long importId, String messageKey, List<String> arguments, Instant now) {
        jdbc.sql("""
                        update catalog_imports set status = 'FAILED', failure_key = :key,
                               failure_args = cast(:args as jsonb), finished_at = :now
                        where id = :id
                        """)
                .param("id", importId)
                .param("key", messageKey)
                .param("args", json.writeValueAsString(arguments))
                .param("now", Timestamp.from(now))
                .update();
    }

    /** Counts the report lines of a phase, of one outcome or of all when {@code outcome} is null. */
    public int countRows(long importId, String phase, String outcome) {
        return jdbc.sql("""
                        select count(*) from catalog_import_rows
                        where import_id = :id and phase = :phase and (cast(:outcome as text) is null or outcome = :outcome)
                        """)
                .param("id", importId).param("phase", phase).param("outcome", outcome)
                .query(Integer.class).single();
    }

    /** Returns a page of report lines in file row order; archived items, which have no row, come last by key. */
    public List<ImportRowOutcome> rows(long importId, String phase, String outcome, int offset, int limit) {
        return jdbc.sql("""
                        select outcome, row_number, item_key, reason_key, reason_args from catalog_import_rows
                        where import_id = :id and phase = :phase and (cast(:outcome as text) is null or outcome = :outcome)
                        order by row_number nulls last, item_key, id
                        offset :offset limit :limit
                        """)
                .param("id", importId).param("phase", phase).param("outcome", outcome)
                .param("offset", offset).param("limit", limit)
                .query((rs, row) -> outcome(rs))
                .list();
    }

    private void deleteRows(long importId, String phase) {
        jdbc.sql("delete from catalog_import_rows where import_id = :id and phase = :phase")
                .param("id", importId).param("phase", phase).update();
    }

    private void insertRows(long importId, String phase, List<ImportRowOutcome> outcomes) {
        List<Object[]> rows = outcomes.stream()
                .map(line -> new Object[] {importId, phase, line.outcome(), line.rowNumber(), line.key(),
                        line.reasonKey(), line.reasonKey() == null ? null : json.writeValueAsString(line.reasonArgs())})
                .toList();
        batch.batchUpdate("""
                insert into catalog_import_rows (import_id, phase, outcome, row_number, item_key, reason_key, reason_args)
                values (?, ?, ?, ?, ?, ?, cast(? as jsonb))
                """, rows);
    }

    private CatalogImport catalogImport(ResultSet rs) throws SQLException {
        return new CatalogImport(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("catalog_id"),
                rs.getLong("created_by"), rs.getTimestamp("created_at").toInstant(), rs.getString("file_name"),
                FileFormat.valueOf(rs.getString("file_format")), rs.getString("encoding"), rs.getString("delimiter"),
                strings(rs.getString("mapping")), rs.getBoolean("archive_missing"),
                ImportStatus.valueOf(rs.getString("status")), rs.getInt("total_rows"), rs.getInt("processed_rows"),
                new ImportCounts(rs.getInt("added"), rs.getInt("updated"), rs.getInt("unchanged"),
                        rs.getInt("archived"), rs.getInt("rejected")),
                rs.getString("failure_key"), strings(rs.getString("failure_args")), instant(rs, "finished_at"));
    }

    private ImportRowOutcome outcome(ResultSet rs) throws SQLException {
        int rowNumber = rs.getInt("row_number");
        return new ImportRowOutcome(rs.getString("outcome"), rs.wasNull() ? null : rowNumber, rs.getString("item_key"),
                rs.getString("reason_key"), strings(rs.getString("reason_args")));
    }

    private List<String> strings(String array) {
        return array == null ? List.of() : Arrays.asList(json.readValue(array, String[].class));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp timestamp = rs.getTimestamp(column);
        return timestamp == null ? null : timestamp.toInstant();
    }
}
