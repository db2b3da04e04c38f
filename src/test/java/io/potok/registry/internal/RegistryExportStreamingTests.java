package io.potok.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.registry.CsvOptions;
import io.potok.registry.RegistryQuery;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.RecordContext;
import org.jooq.RecordListener;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.jooq.impl.DefaultRecordListenerProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

@PotokTest
class RegistryExportStreamingTests {

    private static final int ROWS = 5_000;

    @Autowired DSLContext dsl;
    @Autowired JdbcClient jdbc;
    @Autowired Forms forms;
    @Autowired Members members;
    @Autowired MessageSource messages;
    @Autowired TransactionTemplate transactions;
    @Autowired ProjectionSchema schema;

    @Test
    void csvExportStreamsRowsFromCursor() {
        long orgId = new TestOrganizations(jdbc).organization();
        Form form = forms.create(orgId, "Поток", new FormDefinition(
                List.of(FieldDefinition.of(1, "Текст", FieldType.TEXT)), null), null);
        jdbc.sql("insert into registry_form_" + form.id() + " (task_id, org_id, created_at, closed, author_id, participant_ids, f1_text) "
                        + "select g, :org, now() - g * interval '1 minute', false, 1, '{}', 'значение ' || g "
                        + "from generate_series(1, " + ROWS + ") g")
                .param("org", orgId).update();
        List<Integer> fetchSizes = new ArrayList<>();
        AtomicInteger loaded = new AtomicInteger();
        RegistryExports exports = new RegistryExports(listening(fetchSizes, loaded), transactions, members, messages);
        List<Integer> loadedAtWrite = new ArrayList<>();
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                loadedAtWrite.add(loaded.get());
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                loadedAtWrite.add(loaded.get());
            }
        };
        CurrentMember admin = TestOrganizations.signedIn(orgId, 1, true);

        exports.csv(admin, export(orgId, form.id()), CsvOptions.forLocale(Locale.ENGLISH), sink);

        assertThat(loaded.get()).isEqualTo(ROWS);
        assertThat(fetchSizes).containsExactly(RegistryExports.FETCH_SIZE);
        assertThat(loadedAtWrite).as("CSV bytes were written while rows were still being read")
                .anyMatch(count -> count > 0 && count < ROWS / 2);
    }

    private RegistryExports.Export export(long orgId, long formId) {
        List<ProjectedField> fields = schema.fields(orgId, formId);
        Map<Integer, ProjectedField> byId = new java.util.HashMap<>();
        fields.forEach(field -> byId.put(field.id(), field));
        RegistrySql sql = new RegistrySql(RegistryQuery.of(formId), new Targets(byId),
                new Visibility(orgId, true, Set.of()), java.time.ZoneId.of("UTC"), Clock.systemUTC());
        return new RegistryExports.Export(sql, new RowReader(fields), java.util.Map.of());
    }

    private DSLContext listening(List<Integer> fetchSizes, AtomicInteger loaded) {
        ExecuteListener fetchSize = new ExecuteListener() {
            @Override
            public void executeEnd(ExecuteContext context) {
                try {
                    if (context.sql() != null && context.sql().contains("registry_form_")) {
                        fetchSizes.add(context.statement().getFetchSize());
                    }
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }
        };
        RecordListener counting = new RecordListener() {
            @Override
            public void loadEnd(RecordContext context) {
                loaded.incrementAndGet();
            }
        };
        return dsl.configuration()
                .derive(new DefaultExecuteListenerProvider(fetchSize))
                .derive(new DefaultRecordListenerProvider(counting))
                .dsl();
    }
}
