package io.potok.registry.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.registry.CsvOptions;
import io.potok.registry.RegistryRow;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Streams every row of a registry query into a CSV or XLSX writer. Rows come from a database cursor read
 * {@value #FETCH_SIZE} at a time inside a read-only transaction (the PostgreSQL driver only streams with
 * autocommit off), so memory does not grow with the number of rows.
 */
@Component
class RegistryExports {

    static final int FETCH_SIZE = 500;

    private final DSLContext dsl;
    private final TransactionTemplate readOnly;
    private final Members members;
    private final MessageSource messages;

    RegistryExports(DSLContext dsl, TransactionTemplate transactions, Members members, MessageSource messages) {
        this.dsl = dsl;
        this.readOnly = new TransactionTemplate(transactions.getTransactionManager());
        this.readOnly.setReadOnly(true);
        this.members = members;
        this.messages = messages;
    }

    /**
     * The SQL of an export (null when the form has no projection yet), its columns and the form's step names.
     */
    record Export(RegistrySql sql, RowReader reader, Map<Integer, String> stepNames) {
    }

    void csv(CurrentMember member, Export export, CsvOptions options, OutputStream out) {
        CellText text = new CellText(member, options.locale(), members, messages, export.stepNames());
        try (CsvRegistryWriter writer = new CsvRegistryWriter(out, options, text, export.reader().fields())) {
            stream(export, writer::write);
        } catch (IOException e) {
            throw new UncheckedIOException("Registry CSV export failed", e);
        }
    }

    void xlsx(CurrentMember member, Export export, OutputStream out) {
        CellText text = new CellText(member, member.locale(), members, messages, export.stepNames());
        try (XlsxRegistryWriter writer = new XlsxRegistryWriter(out, text, export.reader().fields(), member.zone())) {
            stream(export, writer::write);
        } catch (IOException e) {
            throw new UncheckedIOException("Registry XLSX export failed", e);
        }
    }

    private void stream(Export export, Consumer<RegistryRow> sink) {
        if (export.sql() == null) {
            return;
        }
        readOnly.executeWithoutResult(status -> {
            Target sort = export.sql().sortTarget();
            try (Cursor<Record> cursor = export.sql().select(dsl, export.reader().columns(sort.sortField()))
                    .fetchSize(FETCH_SIZE).fetchLazy()) {
                cursor.forEach(record -> sink.accept(export.reader().read(record)));
            }
        });
    }
}
