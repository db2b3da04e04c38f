package io.potok.tasks;

import static io.potok.tasks.OrderFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormAccessDenied;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class InboxAndVisibilityTests {

    @Autowired
    Tasks tasks;

    @Autowired
    Inbox inbox;

    @Autowired
    TaskVisibility visibility;

    @Autowired
    Attachments attachments;

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MessageSource messages;

    OrderFixtures orders;
    long manager;
    Form form;
    CurrentMember author;

    @BeforeEach
    void orderForm() {
        orders = new OrderFixtures(new TestOrganizations(jdbc), forms);
        manager = orders.member();
        form = orders.form(step(1, null, Assignees.anyOf(manager)));
        author = orders.signedIn(orders.member());
    }

    @Test
    void inboxListsWaitingTasksNewestFirst() {
        CurrentMember reader = orders.signedIn(manager);
        long toDecide = tasks.create(author, NewTask.onForm(form.id(), List.of())).id();
        long responsibleFor = tasks.create(author, NewTask.simple("Bring samples", manager,
                LocalDate.of(2031, 5, 17))).id();
        long quiet = tasks.create(author, NewTask.simple("Nothing new", null, null)
                .withSubscribers(Set.of(manager))).id();
        long followed = tasks.create(author, NewTask.simple("Price list", null, null)
                .withSubscribers(Set.of(manager))).id();
        tasks.view(reader, quiet);
        tasks.view(reader, followed);
        tasks.change(author, followed, TaskChange.comment("New prices attached"));

        List<Inbox.InboxItem> items = inbox.of(reader, 50);

        assertThat(items).extracting(Inbox.InboxItem::taskId).containsExactly(followed, responsibleFor, toDecide);
        assertThat(items.get(0).reasons()).containsExactly(Inbox.Reason.UNREAD_COMMENTS);
        assertThat(items.get(1).reasons()).contains(Inbox.Reason.RESPONSIBLE);
        assertThat(items.get(1).dueDate()).isEqualTo(LocalDate.of(2031, 5, 17));
        assertThat(items.get(2).reasons()).contains(Inbox.Reason.DECISION);
        assertThat(inbox.of(reader, 2)).hasSize(2);
    }

    @Test
    void decidedTaskLeavesApproversInbox() {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of()));
        tasks.change(orders.signedIn(manager), task.id(), TaskChange.approve());

        assertThat(inbox.of(orders.signedIn(manager), 50)).extracting(Inbox.InboxItem::taskId)
                .doesNotContain(task.id());
    }

    @Test
    void memberOfAnotherTeamSeesNothing() {
        TaskView task = tasks.create(author, NewTask.onForm(form.id(), List.of()));
        CurrentMember outsider = orders.signedIn(orders.member());
        CurrentMember otherOrganisation = TestOrganizations.signedIn(new TestOrganizations(jdbc).organization(),
                orders.member(), true);

        assertThatThrownBy(() -> tasks.view(outsider, task.id())).isInstanceOf(TaskAccessDenied.class);
        assertThatThrownBy(() -> tasks.change(outsider, task.id(), TaskChange.comment("hi")))
                .isInstanceOf(TaskAccessDenied.class);
        assertThatThrownBy(() -> tasks.view(otherOrganisation, task.id())).isInstanceOf(TaskNotFound.class);
        assertThat(inbox.of(outsider, 50)).isEmpty();
        assertThat(visibility.scopeOf(outsider).sees(orders.org, form.id(), Set.of(author.memberId(), manager)))
                .isFalse();
    }

    @Test
    void memberWithoutFormAccessCannotCreateTask() {
        Form closedForm = forms.create(orders.org, "Payroll " + System.nanoTime(), form.definition(), null);

        assertThatThrownBy(() -> tasks.create(author, NewTask.onForm(closedForm.id(), List.of())))
                .isInstanceOfSatisfying(FormAccessDenied.class, error -> {
                    assertThat(error.status()).isEqualTo(403);
                    assertThat(messages.getMessage(error.messageKey(), error.arguments(), Locale.ENGLISH))
                            .contains(closedForm.name());
                });
    }

    @Test
    void headFormManagerSubscriberAndAdministratorSeeTask() {
        long head = orders.member();
        long department = orders.people.department(orders.org, null, head);
        long employee = orders.people.member(orders.org, department);
        long formManager = orders.member();
        long subscriber = orders.member();
        forms.grant(orders.org, form.id(), FormGrant.member(formManager, AccessLevel.MANAGER));
        TaskView task = tasks.create(orders.signedIn(employee),
                NewTask.onForm(form.id(), List.of()).withSubscribers(Set.of(subscriber)));

        assertThat(visibility.isVisible(orders.signedIn(head), task.id())).isTrue();
        assertThat(visibility.isVisible(orders.signedIn(formManager), task.id())).isTrue();
        assertThat(visibility.isVisible(orders.signedIn(subscriber), task.id())).isTrue();
        assertThat(visibility.isVisible(orders.signedIn(manager), task.id())).isTrue();
        assertThat(visibility.isVisible(TestOrganizations.signedIn(orders.org, orders.member(), true), task.id()))
                .isTrue();
        assertThat(visibility.isVisible(orders.signedIn(orders.member()), task.id())).isFalse();
        assertThat(visibility.scopeOf(orders.signedIn(formManager)).managedFormIds()).contains(form.id());
    }

    @Test
    void attachmentDownloadNeedsTaskAccess() throws Exception {
        Attachments.UploadedFile file = attachments.upload(author, "invoice.txt", "text/plain",
                new ByteArrayInputStream("invoice 42".getBytes(StandardCharsets.UTF_8)));
        CurrentMember outsider = orders.signedIn(orders.member());

        assertThatThrownBy(() -> attachments.open(outsider, file.guid())).isInstanceOf(AttachmentNotFound.class);
        TaskView task = tasks.create(author,
                NewTask.onForm(form.id(), List.of()).withAttachments(List.of(file.guid())));

        assertThat(task.attachments()).extracting(TaskView.AttachmentView::guid).containsExactly(file.guid());
        assertThat(file.md5()).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("MD5").digest("invoice 42".getBytes(StandardCharsets.UTF_8))));
        try (InputStream content = attachments.open(orders.signedIn(manager), file.id()).content()) {
            assertThat(new String(content.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("invoice 42");
        }
        assertThatThrownBy(() -> attachments.open(outsider, file.id())).isInstanceOf(TaskAccessDenied.class);
        assertThatThrownBy(() -> tasks.create(author, NewTask.simple("Again", null, null)
                .withAttachments(List.of(file.guid())))).isInstanceOf(AttachmentUnavailable.class);
    }

    @Test
    void uploadLargerThanLimitIsRejected() {
        long overLimit = 25L * 1024 * 1024 + 1;

        assertThatThrownBy(() -> attachments.upload(author, "video.mp4", "video/mp4", new ZeroStream(overLimit)))
                .isInstanceOfSatisfying(AttachmentTooLarge.class, error -> {
                    assertThat(error.status()).isEqualTo(413);
                    assertThat(error.arguments()).contains("video.mp4", "25 MB");
                });
    }

    /** A stream of zero bytes of a given length, so that no large buffer is allocated. */
    static final class ZeroStream extends InputStream {

        private long remaining;

        ZeroStream(long length) {
            this.remaining = length;
        }

        @Override
        public int read() {
            return remaining-- > 0 ? 0 : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (remaining <= 0) {
                return -1;
            }
            int count = (int) Math.min(length, remaining);
            java.util.Arrays.fill(buffer, offset, offset + count, (byte) 0);
            remaining -= count;
            return count;
        }
    }
}
