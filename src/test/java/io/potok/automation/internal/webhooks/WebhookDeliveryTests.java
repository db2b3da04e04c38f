package io.potok.automation.internal.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.automation.internal.outbox.Outbox;
import io.potok.automation.internal.outbox.OutboxDispatcher;
import io.potok.automation.internal.webhooks.WebhookReceiver.Received;
import io.potok.forms.AutomationDefinition;
import io.potok.forms.Form;
import io.potok.forms.FormDefinitionInvalid;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.WebhookSubscription;
import io.potok.forms.WebhookSubscription.Event;
import io.potok.identity.CurrentMember;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskChange;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Webhooks end to end: task changes on a form with subscriptions, delivered to a receiver on 127.0.0.1.
 */
@PotokTest
class WebhookDeliveryTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    Forms forms;
    @Autowired
    Tasks tasks;
    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    WebhookSecrets secrets;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    JsonMapper json;

    private WebhookReceiver receiver;
    private RouteFixtures fixtures;
    private CurrentMember author;
    private CurrentMember approver;
    private Form form;

    @BeforeEach
    void createFormAndReceiver() {
        receiver = new WebhookReceiver();
        fixtures = new RouteFixtures(jdbc, forms);
        author = fixtures.signedIn(fixtures.member("Author"), false);
        approver = fixtures.signedIn(fixtures.member("Approver"), false);
        form = fixtures.form(
                RouteFixtures.step(1, "Review", null, Assignees.anyOf(approver.memberId())),
                RouteFixtures.step(2, "Sign-off", null, Assignees.anyOf(approver.memberId())));
    }

    @AfterEach
    void closeReceiver() {
        receiver.close();
    }

    @Test
    void deliveryIsSignedAndIdentified() {
        subscribe(webhook("created", true, Event.CREATED));

        long taskId = createTask();

        Received request = receiver.awaitRequests("/created", 1).get(0);
        JsonNode body = json.readTree(request.body());
        String secret = secrets.secret(fixtures.org, form.id(), "created");
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.header(WebhookSignature.HEADER)).isEqualTo(WebhookSignature.sign(secret, request.body()));
        assertThat(request.header(WebhookSignature.HEADER)).matches("sha256=[0-9a-f]{64}");
        assertThat(request.header(WebhookHandler.DELIVERY_HEADER)).isEqualTo(body.path("delivery_id").asString());
        assertThat(request.header(WebhookHandler.EVENT_HEADER)).isEqualTo("created");
        assertThat(request.header("User-Agent")).startsWith("Potok/");
        assertThat(request.header("Content-Type")).startsWith("application/json");
        assertThat(body.path("event").asString()).isEqualTo("created");
        assertThat(body.path("form_id").asLong()).isEqualTo(form.id());
        assertThat(body.path("task_id").asLong()).isEqualTo(taskId);
        assertThat(body.path("task").path("id").asLong()).isEqualTo(taskId);
        assertThat(Instant.parse(body.path("occurred_at").asString())).isBefore(Instant.now().plusSeconds(1));
        assertThat(body.has("url")).isFalse();
    }

    @Test
    void eventsReachMatchingSubscriptions() {
        subscribe(webhook("created", true, Event.CREATED), webhook("changed", true, Event.CHANGED),
                webhook("commented", true, Event.COMMENTED), webhook("steps", true, Event.STEP_ENTERED),
                webhook("closed", true, Event.CLOSED), webhook("disabled", false, Event.CHANGED),
                webhook("rule-only", true));

        long taskId = createTask();
        tasks.change(author, taskId, TaskChange.comment("Please hurry"));
        tasks.change(approver, taskId, TaskChange.approve());
        tasks.change(approver, taskId, TaskChange.approve());

        assertThat(eventsAt("/changed", 4)).containsOnly("changed");
        assertThat(eventsAt("/created", 1)).containsExactly("created");
        assertThat(eventsAt("/commented", 1)).containsExactly("commented");
        assertThat(eventsAt("/closed", 1)).containsExactly("closed");
        assertThat(eventsAt("/steps", 1)).contains("step_entered");
        assertThat(receiver.receivedAt("/disabled")).isEmpty();
        assertThat(receiver.receivedAt("/rule-only")).isEmpty();
        assertThat(receiver.receivedAt("/created")).hasSize(1);
        assertThat(receiver.receivedAt("/commented")).hasSize(1);
        assertThat(receiver.receivedAt("/closed")).hasSize(1);
    }

    @Test
    void failingReceiverGetsSameDeliveryIdOnRetries() {
        subscribe(webhook("flaky", true, Event.CREATED));
        receiver.script("/flaky", 500, 503);

        long taskId = createTask();
        receiver.awaitRequests("/flaky", 1);
        UUID deliveryId = awaitAttempts(taskId, 1);

        Instant secondAttempt = nextAttemptAt(deliveryId);
        assertThat(dispatcher.deliverIfDue(deliveryId, secondAttempt)).isTrue();
        Instant thirdAttempt = nextAttemptAt(deliveryId);
        assertThat(thirdAttempt).isBetween(secondAttempt.plusSeconds(60), secondAttempt.plusSeconds(65));
        assertThat(dispatcher.deliverIfDue(deliveryId, thirdAttempt)).isTrue();

        List<Received> requests = receiver.receivedAt("/flaky");
        assertThat(requests).extracting(request -> request.header(WebhookHandler.DELIVERY_HEADER))
                .containsExactly(deliveryId.toString(), deliveryId.toString(), deliveryId.toString());
        String secret = secrets.secret(fixtures.org, form.id(), "flaky");
        for (Received request : requests) {
            assertThat(request.header(WebhookSignature.HEADER)).isEqualTo(WebhookSignature.sign(secret, request.body()));
        }
        assertThat(status(deliveryId)).isEqualTo("delivered");
        assertThat(attemptCodes(deliveryId)).containsExactly(500, 503, 200);
    }

    @Test
    void hangingReceiverTimesOutAndRetries() {
        subscribe(webhook("slow", true, Event.CREATED));
        receiver.script("/slow", WebhookReceiver.HANG);

        long taskId = createTask();
        UUID deliveryId = awaitAttempts(taskId, 1);

        assertThat(status(deliveryId)).isEqualTo("pending");
        assertThat(lastError(deliveryId)).startsWith("Timed out");
        assertThat(lastStatusCode(deliveryId)).isNull();
        assertThat(nextAttemptAt(deliveryId)).isAfter(Instant.now().plusSeconds(20));
    }

    @Test
    void goneReceiverIsNotRetried() {
        subscribe(webhook("gone", true, Event.CREATED));
        receiver.script("/gone", 410);

        long taskId = createTask();
        UUID deliveryId = awaitAttempts(taskId, 1);

        assertThat(status(deliveryId)).isEqualTo("failed");
        assertThat(attemptCodes(deliveryId)).containsExactly(410);
        assertThat(nextAttemptAt(deliveryId)).isNull();
    }

    @Test
    void tooManyRequestsIsRetried() {
        subscribe(webhook("busy", true, Event.CREATED));
        receiver.script("/busy", 429);

        long taskId = createTask();
        UUID deliveryId = awaitAttempts(taskId, 1);

        assertThat(status(deliveryId)).isEqualTo("pending");
        assertThat(attemptCodes(deliveryId)).containsExactly(429);
    }

    @Test
    void rolledBackChangeSendsNothing() {
        subscribe(webhook("changes", true, Event.CHANGED));
        long taskId = createTask();
        receiver.awaitRequests("/changes", 1);

        transactions.executeWithoutResult(status -> {
            tasks.change(author, taskId, TaskChange.comment("Never saved"));
            status.setRollbackOnly();
        });
        tasks.change(author, taskId, TaskChange.comment("Saved"));

        receiver.awaitRequests("/changes", 2);
        assertThat(deliveryIds(taskId)).hasSize(2);
        assertThat(receiver.receivedAt("/changes")).hasSize(2);
        assertThat(receiver.receivedAt("/changes").get(1).body())
                .asString(StandardCharsets.UTF_8).doesNotContain("Never saved");
    }

    @Test
    void changesInOneTransactionGetOneDeliveryEach() {
        subscribe(webhook("bulk", true, Event.CHANGED));
        List<Long> taskIds = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            taskIds.add(createTask());
        }
        receiver.awaitRequests("/bulk", 3);

        transactions.executeWithoutResult(status -> taskIds.forEach(
                taskId -> tasks.change(author, taskId, TaskChange.comment("Bulk note"))));

        List<Received> requests = receiver.awaitRequests("/bulk", 6).subList(3, 6);
        Set<Long> notifiedTasks = new HashSet<>();
        Set<String> deliveryIds = new HashSet<>();
        for (Received request : requests) {
            notifiedTasks.add(json.readTree(request.body()).path("task_id").asLong());
            deliveryIds.add(request.header(WebhookHandler.DELIVERY_HEADER));
        }
        assertThat(notifiedTasks).containsExactlyInAnyOrderElementsOf(taskIds);
        assertThat(deliveryIds).hasSize(3);
    }

    @Test
    void redeliverSendsSameDeliveryAgain() {
        subscribe(webhook("again", true, Event.CREATED));
        long taskId = createTask();
        Received first = receiver.awaitRequests("/again", 1).get(0);
        UUID deliveryId = awaitAttempts(taskId, 1);

        transactions.executeWithoutResult(status -> outbox.redeliver(fixtures.org, deliveryId));

        Received second = receiver.awaitRequests("/again", 2).get(1);
        assertThat(second.header(WebhookHandler.DELIVERY_HEADER)).isEqualTo(deliveryId.toString());
        assertThat(second.body()).isEqualTo(first.body());
    }

    @Test
    void regeneratedSecretSignsNextDelivery() {
        subscribe(webhook("rotated", true, Event.CHANGED));
        String oldSecret = secrets.secret(fixtures.org, form.id(), "rotated");
        String newSecret = secrets.regenerate(fixtures.org, form.id(), "rotated");

        createTask();

        Received request = receiver.awaitRequests("/rotated", 1).get(0);
        assertThat(newSecret).isNotEqualTo(oldSecret).hasSize(64);
        assertThat(request.header(WebhookSignature.HEADER)).isEqualTo(WebhookSignature.sign(newSecret, request.body()));
    }

    @Test
    void ruleCallDeliversToSubscription() {
        subscribe(webhook("rule-only", true));
        long taskId = createTask();

        transactions.executeWithoutResult(status -> {
            tasks.change(author, taskId, TaskChange.comment("Rule input"));
            events.publishEvent(new WebhookCallRequested(fixtures.org, form.id(), "rule-only", taskId, "rule-7"));
        });

        Received request = receiver.awaitRequests("/rule-only", 1).get(0);
        JsonNode body = json.readTree(request.body());
        assertThat(request.header(WebhookHandler.EVENT_HEADER)).isEqualTo("rule");
        assertThat(body.path("rule_id").asString()).isEqualTo("rule-7");
        assertThat(body.path("task_id").asLong()).isEqualTo(taskId);
    }

    @Test
    void publishRejectsInternalWebhookUrl() {
        WebhookSubscription internal = new WebhookSubscription("internal", "Warehouse", true,
                "http://10.20.30.40/hook", List.of(Event.CREATED));

        assertThatThrownBy(() -> forms.publish(fixtures.org, form.id(), form.definition().withAutomation(
                AutomationDefinition.NONE.withWebhooks(List.of(internal))), null))
                .isInstanceOfSatisfying(FormDefinitionInvalid.class, invalid -> {
                    assertThat(invalid.problems().get(0).code()).isEqualTo("webhook_address_refused");
                    assertThat(invalid.problems().get(0).arguments())
                            .containsExactly("Warehouse", "http://10.20.30.40/hook", "10.20.30.40");
                });
    }

    @Test
    void publishRejectsNonHttpWebhookUrl() {
        WebhookSubscription ftp = new WebhookSubscription("ftp", "Archive", true, "ftp://93.184.215.14/in",
                List.of(Event.CREATED));

        assertThatThrownBy(() -> forms.publish(fixtures.org, form.id(), form.definition().withAutomation(
                AutomationDefinition.NONE.withWebhooks(List.of(ftp))), null))
                .isInstanceOfSatisfying(FormDefinitionInvalid.class, invalid ->
                        assertThat(invalid.problems().get(0).code()).isEqualTo("webhook_url_invalid"));
    }

    private WebhookSubscription webhook(String id, boolean enabled, Event... subscribed) {
        return new WebhookSubscription(id, "Hook " + id, enabled, receiver.url("/" + id), List.of(subscribed));
    }

    private void subscribe(WebhookSubscription... subscriptions) {
        form = forms.publish(fixtures.org, form.id(), form.definition().withAutomation(
                AutomationDefinition.NONE.withWebhooks(List.of(subscriptions))), null);
    }

    private long createTask() {
        return tasks.create(author, NewTask.onForm(form.id(), RouteFixtures.repair(RouteFixtures.PAID, "120.00",
                "Leaking tap"))).id();
    }

    private List<String> eventsAt(String path, int count) {
        return receiver.awaitRequests(path, count).stream()
                .map(request -> request.header(WebhookHandler.EVENT_HEADER))
                .toList();
    }

    /** Waits until the task's only webhook delivery has made the attempts, and returns its delivery id. */
    private UUID awaitAttempts(long taskId, int attempts) {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
        while (true) {
            List<UUID> finished = jdbc.sql("""
                            select delivery_id from outbox_messages
                            where task_id = :task and kind = 'webhook' and attempts = :attempts
                              and (status <> 'pending' or last_error is not null or last_status_code is not null)""")
                    .param("task", taskId)
                    .param("attempts", attempts)
                    .query(UUID.class)
                    .list();
            if (!finished.isEmpty()) {
                return finished.get(0);
            }
            assertThat(System.nanoTime()).as("attempt %d of task %d within 30 s", attempts, taskId)
                    .isLessThan(deadline);
            pause();
        }
    }

    private List<UUID> deliveryIds(long taskId) {
        return jdbc.sql("select delivery_id from outbox_messages where task_id = :task and kind = 'webhook'")
                .param("task", taskId)
                .query(UUID.class)
                .list();
    }

    private String status(UUID deliveryId) {
        return jdbc.sql("select status from outbox_messages where delivery_id = :id")
                .param("id", deliveryId).query(String.class).single();
    }

    private Integer lastStatusCode(UUID deliveryId) {
        return jdbc.sql("select last_status_code from outbox_messages where delivery_id = :id")
                .param("id", deliveryId)
                .query((rs, row) -> rs.getObject(1, Integer.class))
                .list()
                .get(0);
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private String lastError(UUID deliveryId) {
        return jdbc.sql("select last_error from outbox_messages where delivery_id = :id")
                .param("id", deliveryId).query(String.class).single();
    }

    private Instant nextAttemptAt(UUID deliveryId) {
        return jdbc.sql("select next_attempt_at from outbox_messages where delivery_id = :id")
                .param("id", deliveryId)
                .query((rs, row) -> {
                    Timestamp next = rs.getTimestamp(1);
                    return next == null ? null : next.toInstant();
                })
                .list()
                .get(0);
    }

    private List<Integer> attemptCodes(UUID deliveryId) {
        return jdbc.sql("select status_code from outbox_attempts where delivery_id = :id order by attempt")
                .param("id", deliveryId)
                .query(Integer.class)
                .list();
    }
}
