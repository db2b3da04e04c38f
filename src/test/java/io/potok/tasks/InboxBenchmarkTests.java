package io.potok.tasks;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import io.potok.PotokTest;
import io.potok.demo.DemoWorkspace;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Measures the server time of the inbox and of a task page for a busy member with a million orders in the
 * demo workspace's Заказы form. Run it with {@code ./mvnw -B verify -Pbenchmark}, which prints the results
 * and writes them to {@code target/inbox-benchmark.md}. The default build skips it because of the
 * {@code benchmark} tag.
 *
 * <p>The orders are inserted with SQL in the shapes the tasks module writes, because a million orders through
 * {@link Tasks} would take hours: each has its author as participant, approval rounds on the steps it
 * visited (the step's every assignee asked, one deciding, the others skipped), its step visits, a few unread comment
 * markers per member, and a row in the registry projection.
 */
@Tag("benchmark")
@PotokTest
@AutoConfigureMockMvc
class InboxBenchmarkTests {

    private static final int ORDERS = 1_000_000;
    private static final int WARMUP_RUNS = 5;
    private static final int MEASURED_RUNS = 100;
    private static final int INBOX_LIMIT = 50;

    @Autowired Inbox inbox;
    @Autowired Tasks tasks;
    @Autowired Members members;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired MockMvc mvc;

    private long orgId;
    private long formId;

    @Test
    void inboxAndTaskPageAtAMillionOrders() {
        orgId = jdbc.sql("select id from organizations where is_demo order by id limit 1").query(Long.class).single();
        formId = jdbc.sql("select id from forms where org_id = :org and name = :name").param("org", orgId)
                .param("name", DemoWorkspace.ORDERS_FORM).query(Long.class).single();
        long started = System.nanoTime();
        new MillionOrders(jdbc, orgId, formId, clock.instant(), this::memberId).insert(ORDERS);
        long loadSeconds = (System.nanoTime() - started) / 1_000_000_000;

        CurrentMember busy = signedIn("moscow1");
        List<Inbox.InboxItem> items = inbox.of(busy, INBOX_LIMIT);
        assertThat(items).hasSize(INBOX_LIMIT);
        long taskId = items.get(0).taskId();
        assertThat(tasks.view(busy, taskId).id()).isEqualTo(taskId);

        List<String> rows = new ArrayList<>();
        rows.add(row("inbox of moscow1 (`Inbox.of`, first " + INBOX_LIMIT + ")", () -> inbox.of(busy, INBOX_LIMIT)));
        rows.add(row("task page data (`Tasks.view`)", () -> tasks.view(busy, taskId)));
        rows.add(row("task page (`GET /tasks/{id}` through MockMvc, signed in)", () -> taskPage(busy, taskId)));
        report(loadSeconds, busy, rows);
        explainInbox(busy);
    }

    private String taskPage(CurrentMember member, long taskId) {
        try {
            return mvc.perform(get("/tasks/" + taskId).with(signedInAs(member))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long memberId(String localPart) {
        return members.findByEmail(orgId, DemoWorkspace.email(localPart)).orElseThrow().id();
    }

    private CurrentMember signedIn(String localPart) {
        Member member = members.findByEmail(orgId, DemoWorkspace.email(localPart)).orElseThrow();
        return new CurrentMember(member.id(), orgId, member.email(), member.displayName(), member.admin(),
                Locale.forLanguageTag("ru"), ZoneId.of(DemoWorkspace.TIME_ZONE));
    }

    private void report(long loadSeconds, CurrentMember busy, List<String> rows) {
        int waiting = jdbc.sql("select count(*)::int from task_approvals where member_id = :member and choice = 'waiting'")
                .param("member", busy.memberId()).query(Integer.class).single();
        int followed = jdbc.sql("""
                        select count(*)::int from (select task_id from task_participants where member_id = :member
                            union select task_id from task_approvals where member_id = :member) followed""")
                .param("member", busy.memberId()).query(Integer.class).single();
        int unread = jdbc.sql("select count(*)::int from inbox_unread where member_id = :member")
                .param("member", busy.memberId()).query(Integer.class).single();
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT,
                "%d orders inserted and analysed in %d s. moscow1 waits on %d approvals and takes part in %d tasks, "
                        + "%d of them with unread comments; %d runs after %d warm-up runs.%n%n", ORDERS, loadSeconds, waiting, followed, unread, MEASURED_RUNS,
                WARMUP_RUNS));
        text.append("| call | p50 ms | p99 ms |\n| --- | --- | --- |\n");
        rows.forEach(row -> text.append(row).append('\n'));
        System.out.println(text);
        try {
            Files.writeString(Path.of("target", "inbox-benchmark.md"), text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Prints the plan of the inbox query as {@code JdbcInbox} runs it, for the member. */
    private void explainInbox(CurrentMember busy) {
        String query = readInboxQuery().replace(":member", String.valueOf(busy.memberId()))
                .replace(":org", String.valueOf(orgId)).replace(":limit", String.valueOf(INBOX_LIMIT));
        jdbc.sql("explain (analyze, buffers) " + query).query(String.class).list().forEach(System.out::println);
    }

    private static String readInboxQuery() {
        try {
            String source = Files.readString(Path.of("src/main/java/io/potok/tasks/internal/JdbcInbox.java"));
            int start = source.indexOf("\"\"\"", source.indexOf("QUERY")) + 3;
            return source.substring(start, source.indexOf("\"\"\"", start));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String row(String name, Supplier<?> call) {
        for (int i = 0; i < WARMUP_RUNS; i++) {
            call.get();
        }
        double[] millis = new double[MEASURED_RUNS];
        for (int i = 0; i < MEASURED_RUNS; i++) {
            long start = System.nanoTime();
            call.get();
            millis[i] = (System.nanoTime() - start) / 1_000_000.0;
        }
        Arrays.sort(millis);
        return String.format(Locale.ROOT, "| %s | %.2f | %.2f |", name, percentile(millis, 50), percentile(millis, 99));
    }

    private static double percentile(double[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, index)];
    }
}
