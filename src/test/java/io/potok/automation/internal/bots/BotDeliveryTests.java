package io.potok.automation.internal.bots;

import static io.potok.RouteFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.automation.internal.outbox.Delivery;
import io.potok.automation.internal.outbox.DeliveryResult;
import io.potok.automation.internal.outbox.OutboundMessage;
import io.potok.automation.internal.outbox.OutboxDispatcher;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.identity.CurrentMember;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Bots end to end against a fake Pyrus bot on 127.0.0.1: what reaches the bot, how its replies change the
 * task, retries, failures shown on the task, mentions, blocking and bot-to-bot chains.
 */
@PotokTest
class BotDeliveryTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Tasks tasks;

    @Autowired
    BotSettings settings;

    @Autowired
    BotHandler handler;

    @Autowired
    OutboxDispatcher dispatcher;

    BotOutboxDriver outbox;

    @LocalServerPort
    int port;

    RouteFixtures fixtures;
    CurrentMember admin;
    CurrentMember author;
    long reviewer;
    FakePyrusBot fake;
    long bot;

    @BeforeEach
    void sorterBot() throws IOException {
        fixtures = new RouteFixtures(jdbc, forms);
        outbox = new BotOutboxDriver(jdbc, dispatcher, fixtures.org);
        admin = fixtures.signedIn(fixtures.member("Olga"), true);
        author = fixtures.signedIn(fixtures.member("Boris"), false);
        reviewer = fixtures.member("Egor");
        fake = new FakePyrusBot(port);
        bot = settings.create(admin, "Сортировщик " + UUID.randomUUID(), fake.url());
        fake.useKey(settings.securityKey(admin, bot));
    }

    @AfterEach
    void stopBot() {
        fake.close();
    }

    @Test
    void approverBotReceivesSignedTask() {
        TaskView task = createOn(botThenReviewer());

        outbox.awaitAttempts();

        assertThat(fake.received()).hasSize(1);
        FakePyrusBot.Received received = fake.received().get(0);
        assertThat(received.signatureValid()).as("X-Pyrus-Sig checked with the bot's key").isTrue();
        assertThat(received.apiStatus()).as("API call with the access token sent").isEqualTo(200);
        assertThat(received.retry()).isEqualTo("1/3");
        assertThat(received.userAgent()).startsWith("Potok/");
        assertThat(received.event().path("event").asString()).isEqualTo("comment");
        assertThat(received.event().path("task_id").asLong()).isEqualTo(task.id());
        assertThat(received.event().path("user_id").asLong()).isEqualTo(bot);
        assertThat(received.event().path("task").path("id").asLong()).isEqualTo(task.id());
        assertThat(received.event().path("task").path("current_step").asInt()).isEqualTo(1);
    }

    @Test
    void eventReadsLikeRecordedPyrusEvent() throws IOException {
        PyrusBotEvent recorded = readEvent(getClass().getResourceAsStream("/fixtures/pyrus/event.json").readAllBytes());
        assertThat(recorded.task().approvals().get(0).get(0).person().type()).isEqualTo("bot");

        TaskView task = createOn(botThenReviewer());
        outbox.awaitAttempts();
        PyrusBotEvent sent = readEvent(fake.received().get(0).body().getBytes(StandardCharsets.UTF_8));

        assertThat(sent.event()).isEqualTo(recorded.event());
        assertThat(sent.accessToken()).isNotBlank();
        assertThat(sent.taskId()).isEqualTo(task.id());
        assertThat(sent.userId()).isEqualTo(bot);
        assertThat(sent.task().id()).isEqualTo(task.id());
        assertThat(sent.task().formId()).isEqualTo(task.formId());
        assertThat(sent.task().currentStep()).isEqualTo(1);
        assertThat(sent.task().createDate()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z");
        assertThat(sent.task().author().id()).isEqualTo(author.memberId());
        assertThat(sent.task().fields()).extracting(PyrusBotEvent.Field::id).contains(RouteFixtures.NOTE);
        assertThat(sent.task().approvals().get(0)).anySatisfy(approval -> {
            assertThat(approval.person().id()).isEqualTo(bot);
            assertThat(approval.person().type()).isEqualTo("bot");
            assertThat(approval.approvalChoice()).isEqualTo("waiting");
        });
    }

    @Test
    void approvingReplyMovesTaskOn() {
        fake.queue(200, "{\"text\":\"Проверено\",\"approval_choice\":\"approved\"}");
        TaskView task = createOn(botThenReviewer());

        outbox.awaitAttempts();

        TaskView after = view(task.id());
        assertThat(after.currentStep()).isEqualTo(2);
        assertThat(after.comments()).anySatisfy(comment -> {
            assertThat(comment.authorId()).isEqualTo(bot);
            assertThat(comment.text()).isEqualTo("Проверено");
        });
    }

    @Test
    void replySetsFieldValue() {
        fake.queue(200, "{\"field_updates\":[{\"id\":" + RouteFixtures.NOTE + ",\"value\":\"от бота\"}]}");
        TaskView task = createOn(botThenReviewer());

        outbox.awaitAttempts();

        assertThat(view(task.id()).fields().toString()).contains("от бота");
    }

    @Test
    void waitingBotIsSentTaskOnce() {
        TaskView task = createOn(botThenReviewer());
        outbox.awaitAttempts();

        tasks.change(author, task.id(), TaskChange.comment("Ещё одно уточнение"));
        outbox.awaitAttempts();

        assertThat(fake.received()).hasSize(1);
    }

    @Test
    void mentionSendsTaskAndSubscribesBot() {
        TaskView task = createOn(reviewerOnly());
        outbox.awaitAttempts();
        String name = settings.find(admin, bot).name();

        tasks.change(author, task.id(), TaskChange.comment("Посмотри, @" + name + ", пожалуйста"));
        outbox.awaitAttempts();

        assertThat(fake.received()).hasSize(1);
        assertThat(fake.received().get(0).apiStatus()).isEqualTo(200);
        assertThat(view(task.id()).subscriberIds()).contains(bot);
    }

    @Test
    void blockedBotReceivesNothing() {
        Form form = botThenReviewer();
        settings.changeBlocked(admin, bot, true);

        createOn(form);
        outbox.awaitAttempts();

        assertThat(fake.received()).isEmpty();
    }

    @Test
    void botBlockedAfterQueueingIsRefused() {
        TaskView task = createOn(botThenReviewer());
        settings.changeBlocked(admin, bot, true);

        DeliveryResult result = handler.deliver(new Delivery(UUID.randomUUID(), message(task.id()), 1));

        assertThat(result.delivered()).isFalse();
        assertThat(result.retryable()).isFalse();
        assertThat(fake.received()).isEmpty();
    }

    @Test
    void retriesAfter61And122Seconds() {
        fake.queue(500, "");
        fake.queue(503, "");
        createOn(botThenReviewer());
        outbox.awaitAttempts();
        UUID delivery = outbox.deliveries().get(0);

        Instant firstRetry = outbox.nextAttemptAt(delivery);
        assertThat(Duration.between(outbox.lastAttemptAt(delivery), firstRetry)).isBetween(
                Duration.ofSeconds(61), Duration.ofSeconds(71));
        assertThat(outbox.deliverIfDue(delivery, firstRetry.minusSeconds(1))).as("not due before 61 s").isFalse();
        assertThat(outbox.deliverIfDue(delivery, firstRetry)).isTrue();

        Instant secondRetry = outbox.nextAttemptAt(delivery);
        assertThat(Duration.between(firstRetry, secondRetry)).isBetween(
                Duration.ofSeconds(122), Duration.ofSeconds(132));
        assertThat(outbox.deliverIfDue(delivery, secondRetry.minusSeconds(1))).as("not due before 122 s").isFalse();
        assertThat(outbox.deliverIfDue(delivery, secondRetry)).isTrue();

        assertThat(fake.received()).extracting(FakePyrusBot.Received::retry).containsExactly("1/3", "2/3", "3/3");
        assertThat(fake.received()).allSatisfy(received -> assertThat(received.signatureValid()).isTrue());
        assertThat(outbox.status(delivery)).isEqualTo("delivered");
    }

    @Test
    void givingUpIsShownOnTask() {
        fake.queue(500, "");
        fake.queue(500, "");
        fake.queue(500, "");
        TaskView task = createOn(botThenReviewer());
        outbox.awaitAttempts();
        UUID delivery = outbox.deliveries().get(0);

        outbox.deliverIfDue(delivery, outbox.nextAttemptAt(delivery));
        outbox.deliverIfDue(delivery, outbox.nextAttemptAt(delivery));

        assertThat(outbox.status(delivery)).isEqualTo("failed");
        assertThat(fake.received()).hasSize(3);
        String name = settings.find(admin, bot).name();
        assertThat(view(task.id()).comments()).anySatisfy(comment -> {
            assertThat(comment.authorId()).isEqualTo(bot);
            assertThat(comment.text()).isEqualTo("Бот «" + name + "» не получил задачу (попыток: 3): HTTP 500");
        });
    }

    @Test
    void rejectedReplyIsShownOnTask() {
        fake.queue(200, "{\"field_updates\":[{\"id\":" + RouteFixtures.COST + ",\"value\":\"много\"}],"
                + "\"approval_choice\":\"approved\"}");
        TaskView task = createOn(botThenReviewer());

        outbox.awaitAttempts();

        TaskView after = view(task.id());
        assertThat(after.currentStep()).as("nothing of the rejected reply is applied").isEqualTo(1);
        assertThat(after.comments()).anySatisfy(comment -> {
            assertThat(comment.authorId()).isEqualTo(bot);
            assertThat(comment.text()).startsWith("Ответ бота «").contains("не применён");
        });
    }

    @Test
    void nonJsonReplyShownOnTask() {
        fake.queue(200, "OK");
        TaskView task = createOn(botThenReviewer());

        outbox.awaitAttempts();

        assertThat(view(task.id()).comments()).anySatisfy(comment ->
                assertThat(comment.text()).contains("не является объектом JSON"));
    }

    @Test
    void botIsNotSentItsOwnMention() {
        String name = settings.find(admin, bot).name();
        fake.queue(200, "{\"text\":\"Это я, @" + name + "\"}");
        createOn(botThenReviewer());

        outbox.awaitAttempts();

        assertThat(fake.received()).hasSize(1);
    }

    @Test
    void botsHandingTaskToEachOtherStop() throws IOException {
        try (FakePyrusBot other = new FakePyrusBot(port)) {
            long second = settings.create(admin, "Проверяющий " + UUID.randomUUID(), other.url());
            other.useKey(settings.securityKey(admin, second));
            String firstName = settings.find(admin, bot).name();
            String secondName = settings.find(admin, second).name();
            for (int i = 0; i < 5; i++) {
                fake.queue(200, "{\"text\":\"Передаю @" + secondName + "\"}");
                other.queue(200, "{\"text\":\"Возвращаю @" + firstName + "\"}");
            }
            TaskView task = createOn(reviewerOnly());

            tasks.change(author, task.id(), TaskChange.comment("@" + firstName + ", начни"));
            outbox.awaitAttempts();

            assertThat(fake.received().size() + other.received().size())
                    .as("one send from the person, then " + BotTrigger.MAX_HAND_OFFS + " hand-offs")
                    .isEqualTo(1 + BotTrigger.MAX_HAND_OFFS);
            assertThat(view(task.id()).comments()).anySatisfy(comment ->
                    assertThat(comment.text()).startsWith("Задача не отправлена ботам"));

            tasks.change(author, task.id(), TaskChange.comment("@" + firstName + ", ещё раз"));
            outbox.awaitAttempts();
            assertThat(fake.received().size() + other.received().size())
                    .as("a person's change starts a new chain")
                    .isGreaterThan(1 + BotTrigger.MAX_HAND_OFFS);
        }
    }

    private Form botThenReviewer() {
        return fixtures.form(step(1, "Sorting", null, Assignees.anyOf(bot)),
                step(2, "Review", null, Assignees.anyOf(reviewer)));
    }

    private Form reviewerOnly() {
        return fixtures.form(step(1, "Review", null, Assignees.anyOf(reviewer)));
    }

    private TaskView createOn(Form form) {
        return tasks.create(author, NewTask.onForm(form.id(), RouteFixtures.repair(RouteFixtures.PAID, "100", "note")));
    }

    private TaskView view(long taskId) {
        return tasks.view(author, taskId);
    }

    private static PyrusBotEvent readEvent(byte[] body) {
        return JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build()
                .readValue(body, PyrusBotEvent.class);
    }

    private OutboundMessage message(long taskId) {
        return new OutboundMessage(fixtures.org, BotHandler.KIND, String.valueOf(bot), taskId,
                tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("locale", "ru"));
    }
}
