package io.potok.tasks;

import static io.potok.RouteFixtures.PAID;
import static io.potok.RouteFixtures.repair;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;

import io.potok.PotokTest;
import io.potok.RouteFixtures;
import io.potok.TestOrganizations;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendarSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Business-hour step due times of a branch in Yekaterinburg (UTC+5) whose department has its own calendar,
 * in an organisation that works on Moscow time.
 */
@PotokTest
class DepartmentStepDueTimeTests {

    static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");

    @Autowired
    Tasks tasks;

    @Autowired
    Forms forms;

    @Autowired
    BusinessCalendarSettings calendars;

    @Autowired
    JdbcClient jdbc;

    RouteFixtures fixtures;
    TestOrganizations organizations;
    long branchEngineer;
    long branchEngineerTwo;
    long moscowEngineer;
    long author;

    @BeforeEach
    void branchWithOwnCalendar() {
        fixtures = new RouteFixtures(jdbc, forms);
        organizations = new TestOrganizations(jdbc);
        long branch = organizations.department(fixtures.org, null, null);
        long branchWorkshop = organizations.department(fixtures.org, branch, null);
        calendars.saveWeek(fixtures.org, branch, YEKATERINBURG, BusinessCalendar.standardWeek());

        branchEngineer = fixtures.member("Egor");
        branchEngineerTwo = fixtures.member("Emil");
        moscowEngineer = fixtures.member("Mark");
        author = fixtures.member("Boris");
        organizations.moveTo(branchEngineer, branch);
        organizations.moveTo(branchEngineerTwo, branchWorkshop);
    }

    @Test
    void branchAssigneesCountOnBranchCalendar() {
        Form form = formWithRepairStep(Assignees.anyOf(branchEngineer, branchEngineerTwo));

        TaskView task = importedAtMondayFivePmMoscow(form);

        // 17:00 in Moscow is 19:00 in Yekaterinburg, after closing: 4 hours from Tuesday 09:00 local.
        assertThat(stepDue(task)).isEqualTo(at(YEKATERINBURG, "2026-12-08T13:00"));
    }

    @Test
    void assigneesOnDifferentCalendarsCountOnOrganisationCalendar() {
        Form form = formWithRepairStep(Assignees.anyOf(branchEngineer, moscowEngineer));

        TaskView task = importedAtMondayFivePmMoscow(form);

        // One working hour left on Monday in Moscow, three more from Tuesday 09:00.
        assertThat(stepDue(task)).isEqualTo(at(MOSCOW, "2026-12-08T12:00"));
    }

    private Form formWithRepairStep(Assignees assignees) {
        return fixtures.form(new Step(1, "Repair", null, List.of(new AssigneeRule(null, assignees)), null, 4, true));
    }

    private TaskView importedAtMondayFivePmMoscow(Form form) {
        long taskId = tasks.importTask(fixtures.org, author, at(MOSCOW, "2026-12-07T17:00"),
                NewTask.onForm(form.id(), repair(PAID, "500", "branch")));
        return tasks.view(fixtures.signedIn(author, false), taskId);
    }

    private static Instant stepDue(TaskView task) {
        return task.steps().stream().filter(TaskView.StepView::current).findFirst().orElseThrow().due();
    }

    private static Instant at(ZoneId zone, String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(zone).toInstant();
    }
}
