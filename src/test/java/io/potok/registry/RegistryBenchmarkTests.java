package io.potok.registry;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import javax.sql.DataSource;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.catalogs.Catalog;
import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Measures registry queries over a million orders against the same queries written by hand in SQL. Run it
 * with {@code ./mvnw -B verify -Pbenchmark}, which prints the results and writes them to
 * {@code target/registry-benchmark.md}. The default build skips it because of the {@code benchmark} tag.
 */
@Tag("benchmark")
@PotokTest
class RegistryBenchmarkTests {

    private static final int ORDERS = 1_000_000;
    private static final int CLIENTS = 500;
    private static final int WARMUP_RUNS = 30;
    private static final int MEASURED_RUNS = 200;
    private static final int CLIENT = 1;
    private static final int CLIENT_NAME = 2;
    private static final int CLIENT_TYPE = 3;
    private static final int REGION = 4;
    private static final int TOTAL = 5;
    private static final String[] NAME_WORDS = {"Кофейня", "Ресторан", "Маркет", "Офис", "Бистро", "Пекарня",
            "Отель", "Кафе", "Столовая", "Бар"};

    @Autowired Registry registry;
    @Autowired Forms forms;
    @Autowired Catalogs catalogs;
    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired Clock clock;

    private long orgId;
    private Form form;

    @Test
    void registryQueriesAtAMillionOrders() throws SQLException {
        long started = System.nanoTime();
        createOrders();
        long loadSeconds = (System.nanoTime() - started) / 1_000_000_000;
        CurrentMember admin = new CurrentMember(0, orgId, "bench@test.local", "Bench", true,
                Locale.forLanguageTag("ru"), ZoneId.of("Europe/Moscow"));
        LocalDate to = LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/Moscow")).minusMonths(3);
        LocalDate from = to.minusMonths(3);

        RegistryQuery typeAndDates = RegistryQuery.of(form.id())
                .where(RegistryFilter.field(CLIENT_TYPE, FilterOperator.EQUALS, "2"))
                .where(RegistryFilter.of(ColumnRef.CREATED, FilterOperator.AT_LEAST, from.toString()))
                .where(RegistryFilter.of(ColumnRef.CREATED, FilterOperator.AT_MOST, to.toString()))
                .sortedBy(RegistrySort.descending(ColumnRef.field(TOTAL)));
        RegistryPage first = registry.query(admin, typeAndDates);
        RegistryQuery nextPage = typeAndDates.after(first.nextCursor());
        RegistryRow last = first.rows().get(first.rows().size() - 1);
        RegistryQuery namePrefix = RegistryQuery.of(form.id())
                .where(RegistryFilter.field(CLIENT, FilterOperator.STARTS_WITH, "Кофейня 1"));
        logSqlOnce(() -> registry.query(admin, nextPage));
        assertThat(first.rows()).hasSize(50);
        assertThat(registry.query(admin, nextPage).rows()).hasSize(50);
        assertThat(registry.query(admin, namePrefix).rows()).hasSize(50);

        List<String> table = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            Instant fromInstant = from.atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant();
            Instant toInstant = to.plusDays(1).atStartOfDay(ZoneId.of("Europe/Moscow")).toInstant();
            table.add(row("(a) client type and created range, by total descending, first 50",
                    () -> registry.query(admin, typeAndDates),
                    () -> handWritten(connection, "f3_choice = 2 and created_at >= ? and created_at < ?",
                            "f5_num desc nulls first, task_id desc", Timestamp.from(fromInstant), Timestamp.from(toInstant))));
            table.add(row("(b) the next 50 by cursor",
                    () -> registry.query(admin, nextPage),
                    () -> handWritten(connection, "f3_choice = 2 and created_at >= ? and created_at < ? "
                                    + "and (f5_num, task_id) < (?, ?)", "f5_num desc nulls first, task_id desc",
                            Timestamp.from(fromInstant), Timestamp.from(toInstant), last.values().get(TOTAL), last.taskId())));
            table.add(row("(c) client name prefix, newest first",
                    () -> registry.query(admin, namePrefix),
                    () -> handWritten(connection, "lower(f1_item_text) like ?",
                            "created_at desc nulls first, task_id desc", "кофейня 1%")));
        }
        report(loadSeconds, from, to, table);
        explain(from, to);
    }

    private void createOrders() {
        orgId = new TestOrganizations(jdbc).organization();
        List<List<String>> names = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            names.add(List.of(NAME_WORDS[i % NAME_WORDS.length] + " " + (i / NAME_WORDS.length)));
        }
        Catalog clients = catalogs.create(orgId, "Клиенты", List.of(new Catalog.Header("Название", "text")), names);
        form = forms.create(orgId, "Заказы", definition(clients.id()), null);
        List<CatalogItem> items = catalogs.items(orgId, clients.id(), false);
        Long[] ids = items.stream().map(CatalogItem::id).toArray(Long[]::new);
        String[] keys = items.stream().map(CatalogItem::key).toArray(String[]::new);
        jdbc.sql("select setseed(0.42)").query().singleValue();
        jdbc.sql("""
                        insert into registry_form_%d (task_id, org_id, form_version, subject, created_at, modified_at,
                               closed_at, current_step, closed, author_id, responsible_id, participant_ids,
                               f1_item, f1_item_text, f2_text, f3_choice, f4_choice, f5_num)
                        select g, :org, 1, 'Заказ ' || g, o.created, o.created,
                               case when o.closed then o.created + interval '2 days' end,
                               case when o.closed then null else 1 + g %% 4 end,
                               o.closed, 1000 + g %% 40, 1000 + g %% 40, array[1000 + g %% 40, 2000 + g %% 25]::bigint[],
                               (:ids::bigint[])[1 + c], (:keys::text[])[1 + c], (:keys::text[])[1 + c],
                               1 + c %% 3, 1 + c %% 10, round((100 + random() * 250000)::numeric, 2)
                          from generate_series(1, :orders) g
                          cross join lateral (select (g::bigint * 7919 %% :clients)::int as c,
                                  :now::timestamptz - random() * interval '548 days' as created,
                                  random() < 0.7 as closed) o
                        """.formatted(form.id()))
                .param("org", orgId)
                .param("ids", ids)
                .param("keys", keys)
                .param("orders", ORDERS)
                .param("clients", CLIENTS)
                .param("now", Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("analyze registry_form_" + form.id()).update();
    }

    private void explain(LocalDate from, LocalDate to) {
        String sql = "explain (analyze, buffers) select * from registry_form_" + form.id() + " where org_id = " + orgId
                + " and f3_choice = 2 and created_at >= '" + from + "' and created_at < '" + to.plusDays(1) + "'"
                + " order by f5_num desc nulls first, task_id desc limit 51";
        jdbc.sql(sql).query(String.class).list().forEach(System.out::println);
        jdbc.sql("explain (analyze, buffers) select * from registry_form_" + form.id() + " where org_id = " + orgId
                        + " and lower(f1_item_text) like 'кофейня 1%' order by created_at desc, task_id desc limit 51")
                .query(String.class).list().forEach(System.out::println);
    }

    private static FormDefinition definition(long catalogId) {
        List<ChoiceOption> types = List.of(new ChoiceOption(1, "Маркетплейс"), new ChoiceOption(2, "Дистрибьютор"),
                new ChoiceOption(3, "Розница"));
        List<ChoiceOption> regions = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            regions.add(new ChoiceOption(i, "Регион " + i));
        }
        return new FormDefinition(List.of(
                FieldDefinition.of(CLIENT, "Клиент", FieldType.CATALOG).withInfo(FieldSettings.catalog(catalogId)),
                FieldDefinition.of(CLIENT_NAME, "Имя клиента", FieldType.TEXT),
                FieldDefinition.of(CLIENT_TYPE, "Тип клиента", FieldType.MULTIPLE_CHOICE)
                        .withInfo(FieldSettings.choices(false, types)),
                FieldDefinition.of(REGION, "Регион", FieldType.MULTIPLE_CHOICE)
                        .withInfo(FieldSettings.choices(false, regions)),
                FieldDefinition.of(TOTAL, "Сумма заказа", FieldType.MONEY).withInfo(FieldSettings.decimals(2))), null);
    }

    /** Runs the query as plain JDBC, selecting the same columns as the registry, and reads every value. */
    private int handWritten(Connection connection, String where, String orderBy, Object... parameters) {
        String sql = "select task_id, subject, created_at, modified_at, closed_at, current_step, closed, author_id, "
                + "responsible_id, f1_item, f1_item_text, f2_text, f3_choice, f4_choice, f5_num from registry_form_"
                + form.id() + " where org_id = ? and " + where + " order by " + orderBy + " limit 51";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, orgId);
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 2, parameters[i]);
            }
            int rows = 0;
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    for (int column = 1; column <= 15; column++) {
                        result.getObject(column);
                    }
                    rows++;
                }
            }
            return rows;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs the SQL jOOQ runs for one call, so the plans can be checked with EXPLAIN. */
    private static void logSqlOnce(Runnable call) {
        ch.qos.logback.classic.Logger logger = (ch.qos.logback.classic.Logger)
                org.slf4j.LoggerFactory.getLogger("org.jooq.tools.LoggerListener");
        logger.setLevel(ch.qos.logback.classic.Level.DEBUG);
        call.run();
        logger.setLevel(ch.qos.logback.classic.Level.INFO);
    }

    /**
     * Runs both queries alternately, so that load from other processes on the machine affects both alike, and
     * returns their run times in milliseconds, each sorted, after the warm-up runs.
     */
    private static double[][] measure(Supplier<?> registryQuery, Supplier<?> sqlQuery) {
        for (int i = 0; i < WARMUP_RUNS; i++) {
            registryQuery.get();
            sqlQuery.get();
        }
        double[][] millis = new double[2][MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            millis[0][i] = time(registryQuery);
            millis[1][i] = time(sqlQuery);
        }
        Arrays.sort(millis[0]);
        Arrays.sort(millis[1]);
        return millis;
    }

    private static double time(Supplier<?> query) {
        long start = System.nanoTime();
        query.get();
        return (System.nanoTime() - start) / 1_000_000.0;
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }

    private static String row(String name, Supplier<?> registryQuery, Supplier<?> sqlQuery) {
        double[][] millis = measure(registryQuery, sqlQuery);
        double[] registry = millis[0];
        double[] sql = millis[1];
        double p50 = percentile(registry, 50);
        double sqlP50 = percentile(sql, 50);
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f | %.2f | %.2f | %.1f× |", name, p50,
                percentile(registry, 99), sqlP50, percentile(sql, 99), p50 / sqlP50);
    }

    private static void report(long loadSeconds, LocalDate from, LocalDate to, List<String> rows) {
        StringBuilder text = new StringBuilder();
        text.append(String.format(Locale.ROOT, "%d orders loaded and indexed in %d s; created range %s to %s; "
                + "%d runs after %d warm-up runs.%n%n", ORDERS, loadSeconds, from, to, MEASURED_RUNS, WARMUP_RUNS));
        text.append("| query | registry p50 ms | registry p99 ms | SQL p50 ms | SQL p99 ms | p50 ratio |\n");
        text.append("| --- | --- | --- | --- | --- | --- |\n");
        rows.forEach(row -> text.append(row).append('\n'));
        System.out.println(text);
        try {
            Files.writeString(Path.of("target", "registry-benchmark.md"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
