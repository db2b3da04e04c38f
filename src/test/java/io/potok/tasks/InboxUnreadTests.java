package io.potok.tasks;

import static io.potok.tasks.OrderFixtures.step;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class InboxUnreadTests {

    @Autowired
    Tasks tasks;

    @Autowired
    Inbox inbox;

    @Autowired
    Attachments attachments;

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    OrderFixtures orders;
    CurrentMember author;
    CurrentMember warehouse;
    CurrentMember delivery;
    long taskId;

    @BeforeEach
    void orderOnSecondStep() {
        orders = new OrderFixtures(new TestOrganizations(jdbc), forms);
        author = orders.signedIn(orders.member());
        warehouse = orders.signedIn(orders.member());
        delivery = orders.signedIn(orders.member());
        Form form = orders.form(step(1, null, Assignees.anyOf(warehouse.memberId())),
                step(2, null, Assignees.anyOf(delivery.memberId())));
        taskId = tasks.create(author, NewTask.onForm(form.id(), List.of())).id();
        tasks.change(warehouse, taskId, TaskChange.approve());
    }

    @Test
    void commentBySomeoneElseIsUnreadForFollower() {
        tasks.change(delivery, taskId, TaskChange.comment("The truck is late"));

        assertThat(inbox.of(author, 50)).filteredOn(item -> item.taskId() == taskId)
                .singleElement().satisfies(item ->
                        assertThat(item.reasons()).containsExactly(Inbox.Reason.UNREAD_COMMENTS));
    }

    @Test
    void commentAuthorDoesNotGetUnreadMark() {
        tasks.change(delivery, taskId, TaskChange.comment("The truck is late"));

        assertThat(reasonsOf(delivery)).containsExactly(Inbox.Reason.DECISION);
    }

    @Test
    void viewingTaskRemovesUnreadMark() {
        tasks.change(delivery, taskId, TaskChange.comment("The truck is late"));
        tasks.view(author, taskId);

        assertThat(reasonsOf(author)).isEmpty();
    }

    @Test
    void decisionWithoutCommentLeavesNoUnreadMark() {
        assertThat(reasonsOf(author)).isEmpty();
    }

    @Test
    void attachmentAloneIsUnreadForFollower() {
        Attachments.UploadedFile file = attachments.upload(delivery, "waybill.txt", "text/plain",
                new ByteArrayInputStream("waybill 7".getBytes(StandardCharsets.UTF_8)));
        tasks.change(delivery, taskId, TaskChange.comment(null).withAttachments(List.of(file.guid())));

        assertThat(reasonsOf(author)).containsExactly(Inbox.Reason.UNREAD_COMMENTS);
    }

    @Test
    void approverOfEarlierStepDoesNotGetUnreadMark() {
        tasks.change(delivery, taskId, TaskChange.comment("The truck is late"));

        assertThat(reasonsOf(warehouse)).isEmpty();
        assertThat(reasonsOf(author)).containsExactly(Inbox.Reason.UNREAD_COMMENTS);
    }

    @Test
    void subscriberGetsUnreadMark() {
        CurrentMember subscriber = orders.signedIn(orders.member());
        tasks.change(author, taskId, TaskChange.subscribe(Set.of(subscriber.memberId()), Set.of()));
        tasks.change(delivery, taskId, TaskChange.comment("The truck is late"));

        assertThat(reasonsOf(subscriber)).containsExactly(Inbox.Reason.UNREAD_COMMENTS);
    }

    @Test
    void memberOfAnotherTeamNeverGetsUnreadMark() {
        CurrentMember colleague = orders.signedIn(orders.member());
        CurrentMember otherOrganisation = TestOrganizations.signedIn(new TestOrganizations(jdbc).organization(),
                orders.member(), true);
        tasks.change(delivery, taskId, TaskChange.comment("The truck is late"));

        assertThat(inbox.of(colleague, 50)).extracting(Inbox.InboxItem::taskId).doesNotContain(taskId);
        assertThat(inbox.of(otherOrganisation, 50)).extracting(Inbox.InboxItem::taskId).doesNotContain(taskId);
    }

    private Set<Inbox.Reason> reasonsOf(CurrentMember member) {
        return inbox.of(member, 500).stream().filter(item -> item.taskId() == taskId)
                .map(Inbox.InboxItem::reasons).findFirst().orElse(Set.of());
    }
}
