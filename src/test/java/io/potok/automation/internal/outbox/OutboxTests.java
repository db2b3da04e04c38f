package io.potok.automation.internal.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.BooleanSupplier;

import io.potok.PotokTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
class OutboxTests {

    private static final long ORG_ID = 1;

    @Autowired
    Outbox outbox;
    @Autowired
    OutboxDispatcher dispatcher;
    @Autowired
    OutboxStore store;
    @Autowired
    ScriptedHandler handler;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    JsonMapper json;

    @Test
    void enqueueDeliversOnceAfterCommit() {
        String target = uniqueTarget();

        UUID deliveryId = transactions.execute(status -> outbox.enqueue(message(target)));

        await(() -> "delivered".equals(status(deliveryId)));
        assertThat(handler.deliveriesTo(target)).extracting(Delivery::id).containsExactly(deliveryId);
        assertThat(handler.deliveriesTo(target).get(0).attempt()).isEqualTo(1);
        assertThat(handler.deliveriesTo(target).get(0).message().payload().path("note").asString())
                .isEqualTo(target);
        assertThat(attemptCodes(deliveryId)).containsExactly(200);
    }

    @Test
    void rolledBackEnqueueSendsNothing() {
        String target = uniqueTarget();

        UUID deliveryId = transactions.execute(status -> {
            UUID id = outbox.enqueue(message(target));
            status.setRollbackOnly();
            return id;
        });

        assertThat(status(deliveryId)).isNull();
        assertThat(dispatcher.deliverIfDue(deliveryId, Instant.now().plus(1, ChronoUnit.DAYS))).isFalse();
        assertThat(handler.deliveriesTo(target)).isEmpty();
    }

    @Test
    void retryWaitsForHandlerDelayFromGivenNow() {
        String target = uniqueTarget();
        handler.script(target, DeliveryResult.failure(503, "busy"), DeliveryResult.failure(502, "bad gateway"));

        UUID deliveryId = transactions.execute(status -> outbox.enqueue(message(target)));
        await(() -> handler.deliveriesTo(target).size() == 1 && nextAttemptAt(deliveryId) != null
                && lastStatusCode(deliveryId) != null);

        Instant firstRetry = nextAttemptAt(deliveryId);
        Instant firstAttemptAt = attemptTimes(deliveryId).get(0);
        assertThat(firstRetry).isBetween(firstAttemptAt.plusSeconds(30), firstAttemptAt.plusSeconds(35));
        assertThat(dispatcher.deliverIfDue(deliveryId, firstRetry.minusSeconds(1))).isFalse();

        Instant secondNow = firstRetry.plusSeconds(1);
        assertThat(dispatcher.deliverIfDue(deliveryId, secondNow)).isTrue();
        Instant secondRetry = nextAttemptAt(deliveryId);
        assertThat(secondRetry).isBetween(secondNow.plusSeconds(60), secondNow.plusSeconds(65));
        assertThat(lastStatusCode(deliveryId)).isEqualTo(502);
        assertThat(status(deliveryId)).isEqualTo("pending");

        assertThat(dispatcher.deliverIfDue(deliveryId, secondRetry)).isTrue();
        assertThat(status(deliveryId)).isEqualTo("delivered");
        assertThat(handler.deliveriesTo(target)).extracting(Delivery::id).containsOnly(deliveryId);
        assertThat(handler.deliveriesTo(target)).extracting(Delivery::attempt).containsExactly(1, 2, 3);
        assertThat(attemptCodes(deliveryId)).containsExactly(503, 502, 200);
    }

    @Test
    void lastFailedAttemptGivesUp() {
        String target = uniqueTarget();
        handler.script(target, DeliveryResult.failure(500, "one"), DeliveryResult.failure(500, "two"),
                DeliveryResult.failure(500, "three"));

        UUID deliveryId = transactions.execute(status -> outbox.enqueue(message(target)));
        await(() -> handler.deliveriesTo(target).size() == 1 && lastStatusCode(deliveryId) != null);
        dispatcher.deliverIfDue(deliveryId, nextAttemptAt(deliveryId));
        dispatcher.deliverIfDue(deliveryId, nextAttemptAt(deliveryId));

        assertThat(status(deliveryId)).isEqualTo("failed");
        assertThat(nextAttemptAt(deliveryId)).isNull();
        assertThat(lastError(deliveryId)).isEqualTo("three");
        assertThat(handler.givenUpTo(target)).extracting(Delivery::id).containsExactly(deliveryId);
    }

    @Test
    void notRetryableFailureGivesUpAtOnce() {
        String target = uniqueTarget();
        handler.script(target, DeliveryResult.refused("address refused"));

        UUID deliveryId = transactions.execute(status -> outbox.enqueue(message(target)));

        await(() -> "failed".equals(status(deliveryId)));
        assertThat(handler.deliveriesTo(target)).hasSize(1);
        assertThat(handler.givenUpTo(target)).hasSize(1);
        assertThat(lastError(deliveryId)).isEqualTo("address refused");
    }

    @Test
    void freshPollDeliversRetryStoredBeforeRestart() {
        String target = uniqueTarget();
        Instant later = Instant.now().plus(2, ChronoUnit.HOURS);
        UUID deliveryId = UUID.randomUUID();
        store.insert(deliveryId, message(target), later);

        assertThat(dispatcher.runDue(later.minusSeconds(1))).isNotNegative();
        assertThat(handler.deliveriesTo(target)).isEmpty();

        dispatcher.runDue(later);
        assertThat(status(deliveryId)).isEqualTo("delivered");
        assertThat(handler.deliveriesTo(target)).hasSize(1);
    }

    @Test
    void attemptCutOffMidwayIsRetriedAfterLease() {
        String target = uniqueTarget();
        Instant later = Instant.now().plus(3, ChronoUnit.HOURS);
        UUID deliveryId = UUID.randomUUID();
        store.insert(deliveryId, message(target), later);

        // a node claims the attempt and stops before it records an outcome
        assertThat(store.claimIfDue(deliveryId, later, later.plus(OutboxDispatcher.CLAIM_LEASE))).isPresent();
        assertThat(dispatcher.deliverIfDue(deliveryId, later.plus(OutboxDispatcher.CLAIM_LEASE).minusSeconds(1)))
                .isFalse();

        assertThat(dispatcher.deliverIfDue(deliveryId, later.plus(OutboxDispatcher.CLAIM_LEASE))).isTrue();
        assertThat(status(deliveryId)).isEqualTo("delivered");
        assertThat(handler.deliveriesTo(target)).extracting(Delivery::attempt).containsExactly(2);
    }

    @Test
    void redeliverSendsSameDeliveryIdAgain() {
        String target = uniqueTarget();
        UUID deliveryId = transactions.execute(status -> outbox.enqueue(message(target)));
        await(() -> "delivered".equals(status(deliveryId)));

        transactions.executeWithoutResult(status -> outbox.redeliver(ORG_ID, deliveryId));

        await(() -> handler.deliveriesTo(target).size() == 2 && "delivered".equals(status(deliveryId)));
        assertThat(handler.deliveriesTo(target)).extracting(Delivery::id).containsExactly(deliveryId, deliveryId);
        assertThat(handler.deliveriesTo(target)).extracting(Delivery::attempt).containsExactly(1, 1);
        assertThat(attemptCodes(deliveryId)).containsExactly(200, 200);
    }

    @Test
    void redeliveredMessageGetsFullRetries() {
        String target = uniqueTarget();
        handler.script(target, DeliveryResult.refused("gone"), DeliveryResult.failure(503, "busy"));
        UUID deliveryId = transactions.execute(status -> outbox.enqueue(message(target)));
        await(() -> "failed".equals(status(deliveryId)));

        transactions.executeWithoutResult(status -> outbox.redeliver(ORG_ID, deliveryId));

        await(() -> handler.deliveriesTo(target).size() == 2 && "pending".equals(status(deliveryId))
                && lastStatusCode(deliveryId) != null);
        dispatcher.deliverIfDue(deliveryId, nextAttemptAt(deliveryId));
        assertThat(status(deliveryId)).isEqualTo("delivered");
        assertThat(handler.deliveriesTo(target)).extracting(Delivery::attempt).containsExactly(1, 1, 2);
    }

    @Test
    void redeliverOfUnknownDeliveryFails() {
        UUID deliveryId = transactions.execute(status -> outbox.enqueue(message(uniqueTarget())));
        await(() -> "delivered".equals(status(deliveryId)));

        assertThatThrownBy(() -> outbox.redeliver(ORG_ID, UUID.randomUUID()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> outbox.redeliver(ORG_ID + 1_000_000, deliveryId))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void concurrentClaimsNeverShareMessage() throws Exception {
        Instant later = Instant.now().plus(4, ChronoUnit.HOURS);
        Set<UUID> inserted = new HashSet<>();
        for (int i = 0; i < 30; i++) {
            UUID deliveryId = UUID.randomUUID();
            store.insert(deliveryId, message(uniqueTarget()), later);
            inserted.add(deliveryId);
        }

        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<List<ClaimedMessage>>> claims = new ArrayList<>();
        for (int node = 0; node < 3; node++) {
            claims.add(CompletableFuture.supplyAsync(() -> {
                awaitLatch(start);
                return store.claimDue(later, later.plus(OutboxDispatcher.CLAIM_LEASE), 15);
            }));
        }
        start.countDown();

        List<UUID> claimed = new ArrayList<>();
        for (CompletableFuture<List<ClaimedMessage>> claim : claims) {
            claim.get().stream().map(ClaimedMessage::deliveryId).filter(inserted::contains).forEach(claimed::add);
        }
        assertThat(claimed).doesNotHaveDuplicates();
        dispatcher.runDue(later.plus(OutboxDispatcher.CLAIM_LEASE));
        for (UUID deliveryId : inserted) {
            assertThat(attemptCodes(deliveryId)).as("attempts of %s", deliveryId).containsExactly(200);
        }
    }

    private OutboundMessage message(String target) {
        return new OutboundMessage(ORG_ID, ScriptedHandler.KIND, target, null,
                json.createObjectNode().put("note", target));
    }

    private static String uniqueTarget() {
        return "target-" + UUID.randomUUID();
    }

    private String status(UUID deliveryId) {
        return column(deliveryId, "status", String.class);
    }

    private Instant nextAttemptAt(UUID deliveryId) {
        java.sql.Timestamp next = column(deliveryId, "next_attempt_at", java.sql.Timestamp.class);
        return next == null ? null : next.toInstant();
    }

    private Integer lastStatusCode(UUID deliveryId) {
        return column(deliveryId, "last_status_code", Integer.class);
    }

    private String lastError(UUID deliveryId) {
        return column(deliveryId, "last_error", String.class);
    }

    private <T> T column(UUID deliveryId, String column, Class<T> type) {
        return jdbc.sql("select " + column + " from outbox_messages where delivery_id = :id")
                .param("id", deliveryId)
                .query(type)
                .optional()
                .orElse(null);
    }

    private List<Integer> attemptCodes(UUID deliveryId) {
        return jdbc.sql("select status_code from outbox_attempts where delivery_id = :id order by attempt")
                .param("id", deliveryId)
                .query(Integer.class)
                .list();
    }

    private List<Instant> attemptTimes(UUID deliveryId) {
        return jdbc.sql("select attempted_at from outbox_attempts where delivery_id = :id order by attempt")
                .param("id", deliveryId)
                .query((rs, row) -> rs.getTimestamp(1).toInstant())
                .list();
    }

    /** Waits up to 30 seconds for the condition, which the outbox makes true from a scheduler thread. */
    static void await(BooleanSupplier condition) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition met within 30 s").isLessThan(deadline);
            pause();
        }
    }

    private static void pause() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void awaitLatch(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
