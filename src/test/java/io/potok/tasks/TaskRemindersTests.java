package io.potok.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.identity.CurrentMember;
import io.potok.tasks.internal.ReminderFiring;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reminders are set an hour or more ahead of the real clock and fired with an explicit moment, so the
 * application's own minute check (on the real clock) never fires them first.
 */
@PotokTest
class TaskRemindersTests {

    @Autowired
    Tasks tasks;

    @Autowired
    Inbox inbox;

    @Autowired
    TaskReminders reminders;

    @Autowired
    ReminderFiring firing;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    CurrentMember assignee;
    CurrentMember author;
    long older;
    long newer;

    @BeforeEach
    void twoTasks() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long orgId = organizations.organization();
        assignee = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), false);
        author = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), false);
        older = tasks.create(author, NewTask.simple("Call the supplier", assignee.memberId(), null)).id();
        newer = tasks.create(author, NewTask.simple("Check the invoice", assignee.memberId(), null)).id();
    }

    @Test
    void firedReminderPutsTaskOnTopOnce() {
        assertThat(taskIds()).containsExactly(newer, older);
        reminders.remind(assignee, older, inAnHour());

        assertThat(firing.fireDue(clock.instant().plus(Duration.ofHours(2)))).isPositive();
        Instant firedAt = firedAt(older);
        firing.fireDue(clock.instant().plus(Duration.ofHours(3)));

        assertThat(taskIds()).containsExactly(older, newer);
        assertThat(inbox.of(assignee, 10).get(0).reasons()).contains(Inbox.Reason.REMINDER);
        assertThat(firedAt(older)).isEqualTo(firedAt);
        assertThat(reminders.of(assignee, older).reminded()).isTrue();
    }

    @Test
    void viewingTaskClearsFiredReminder() {
        reminders.remind(assignee, older, inAnHour());
        firing.fireDue(clock.instant().plus(Duration.ofHours(2)));

        tasks.view(assignee, older);

        assertThat(taskIds()).containsExactly(newer, older);
        assertThat(inbox.of(assignee, 10).get(1).reasons()).doesNotContain(Inbox.Reason.REMINDER);
        assertThat(reminders.of(assignee, older).remindAt()).isNull();
    }

    @Test
    void reminderNotDueDoesNotFire() {
        reminders.remind(assignee, older, inAnHour());

        firing.fireDue(clock.instant());

        assertThat(firedAt(older)).isNull();
        assertThat(reminders.of(assignee, older).remindAt()).isNotNull();
        assertThat(taskIds()).containsExactly(newer, older);
    }

    @Test
    void cancelledReminderNeverFires() {
        reminders.remind(assignee, older, inAnHour());
        reminders.cancelReminder(assignee, older);

        firing.fireDue(clock.instant().plus(Duration.ofHours(2)));

        assertThat(taskIds()).containsExactly(newer, older);
        assertThat(reminders.of(assignee, older).remindAt()).isNull();
    }

    @Test
    void pastReminderTimeIsRejected() {
        LocalDateTime minuteAgo = LocalDateTime.ofInstant(clock.instant(), assignee.zone()).minusMinutes(1);

        assertThatThrownBy(() -> reminders.remind(assignee, older, minuteAgo))
                .isInstanceOf(ReminderTimeInvalid.class);
    }

    @Test
    void deferredTaskLeavesInboxUntilDateStart() {
        LocalDate tomorrow = today().plusDays(1);

        reminders.defer(assignee, older, tomorrow);

        assertThat(taskIds()).containsExactly(newer);
        assertThat(reminders.of(assignee, older).deferredUntil())
                .isEqualTo(tomorrow.atStartOfDay(assignee.zone()).toInstant());
    }

    @Test
    void ownChangeKeepsDeferral() {
        reminders.defer(assignee, older, today().plusDays(1));

        tasks.change(assignee, older, TaskChange.comment("Will call on Monday"));

        assertThat(taskIds()).containsExactly(newer);
    }

    @Test
    void someoneElsesChangeEndsDeferral() {
        reminders.defer(assignee, older, today().plusDays(1));

        tasks.change(author, older, TaskChange.comment("The supplier called back"));

        assertThat(taskIds()).contains(older, newer);
        assertThat(reminders.of(assignee, older).deferredUntil()).isNull();
    }

    @Test
    void cancelledDeferralReturnsTask() {
        reminders.defer(assignee, older, today().plusDays(3));

        reminders.cancelDeferral(assignee, older);

        assertThat(taskIds()).containsExactly(newer, older);
    }

    @Test
    void firedReminderShowsDeferredTask() {
        reminders.defer(assignee, older, today().plusDays(3));
        reminders.remind(assignee, older, inAnHour());

        firing.fireDue(clock.instant().plus(Duration.ofHours(2)));

        assertThat(taskIds()).containsExactly(older, newer);
    }

    @Test
    void deferringUntilTodayIsRejected() {
        assertThatThrownBy(() -> reminders.defer(assignee, older, today()))
                .isInstanceOf(DeferralDateInvalid.class);
    }

    private List<Long> taskIds() {
        return inbox.of(assignee, 10).stream().map(Inbox.InboxItem::taskId).toList();
    }

    private LocalDateTime inAnHour() {
        return LocalDateTime.ofInstant(clock.instant().plus(Duration.ofHours(1)), assignee.zone())
                .truncatedTo(ChronoUnit.MINUTES);
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), assignee.zone());
    }

    private Instant firedAt(long taskId) {
        Timestamp firedAt = jdbc.sql("select fired_at from task_reminders where member_id = :member and task_id = :task")
                .param("member", assignee.memberId()).param("task", taskId)
                .query(Timestamp.class).optional().orElse(null);
        return firedAt == null ? null : firedAt.toInstant();
    }
}
