package io.potok.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.workflow.BusinessCalendar.WorkingHours;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Calendars as administrators store them, and the calendar each department and group of members gets.
 */
@PotokTest
class BusinessCalendarStorageTests {

    static final ZoneId YEKATERINBURG = ZoneId.of("Asia/Yekaterinburg");
    static final WorkingHours EIGHT_TO_FIVE = new WorkingHours(LocalTime.of(8, 0), LocalTime.of(17, 0));

    @Autowired
    BusinessCalendarSettings settings;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    JdbcClient jdbc;

    TestOrganizations organizations;
    long org;
    long branch;
    long branchStore;
    long headOffice;

    @BeforeEach
    void organisationWithBranch() {
        organizations = new TestOrganizations(jdbc);
        org = organizations.organization();
        branch = organizations.department(org, null, null);
        branchStore = organizations.department(org, branch, null);
        headOffice = organizations.department(org, null, null);
    }

    @Test
    void organisationWithoutCalendarGetsStandardWeek() {
        BusinessCalendar calendar = calendars.of(org);

        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(calendar.week()).isEqualTo(BusinessCalendar.standardWeek());
        assertThat(calendar.holidays()).isEmpty();
    }

    @Test
    void savedWeekAndDatesAreReadBack() {
        settings.saveWeek(org, null, ZoneId.of("Europe/Samara"), Map.of(DayOfWeek.MONDAY, EIGHT_TO_FIVE,
                DayOfWeek.SATURDAY, EIGHT_TO_FIVE));
        settings.addHolidays(org, null, List.of(date("2027-01-01"), date("2027-01-02")));
        settings.addExtraWorkingDay(org, null, date("2027-01-10"), EIGHT_TO_FIVE);

        BusinessCalendar calendar = calendars.of(org);

        assertThat(calendar.zone()).isEqualTo(ZoneId.of("Europe/Samara"));
        assertThat(calendar.week()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(calendar.week().get(DayOfWeek.MONDAY)).isEqualTo(EIGHT_TO_FIVE);
        assertThat(calendar.holidays()).containsExactlyInAnyOrder(date("2027-01-01"), date("2027-01-02"));
        assertThat(calendar.extraWorkingDays()).containsEntry(date("2027-01-10"), EIGHT_TO_FIVE);
    }

    @Test
    void importingHolidaysCountsOnlyNewDates() {
        settings.addHolidays(org, null, List.of(date("2027-02-23")));

        int added = settings.addHolidays(org, null, List.of(date("2027-02-23"), date("2027-03-08")));

        assertThat(added).isEqualTo(1);
        assertThat(calendars.of(org).holidays()).containsExactlyInAnyOrder(date("2027-02-23"), date("2027-03-08"));
    }

    @Test
    void holidayReplacesExtraWorkingDayOnSameDate() {
        settings.addExtraWorkingDay(org, null, date("2027-05-08"), EIGHT_TO_FIVE);

        settings.addHolidays(org, null, List.of(date("2027-05-08")));

        BusinessCalendar calendar = calendars.of(org);
        assertThat(calendar.holidays()).contains(date("2027-05-08"));
        assertThat(calendar.extraWorkingDays()).doesNotContainKey(date("2027-05-08"));
    }

    @Test
    void removedDateFollowsWeekAgain() {
        settings.addHolidays(org, null, List.of(date("2027-06-14")));

        settings.removeDate(org, null, date("2027-06-14"));

        assertThat(calendars.of(org).hoursOn(date("2027-06-14"))).isPresent();
    }

    @Test
    void emptyWeekIsRejected() {
        assertThatThrownBy(() -> settings.saveWeek(org, null, YEKATERINBURG, Map.of()))
                .isInstanceOf(CalendarInputInvalid.class)
                .hasMessage("calendar_week_empty");
    }

    @Test
    void departmentOfAnotherOrganisationIsRejected() {
        long otherOrg = organizations.organization();
        long foreign = organizations.department(otherOrg, null, null);

        assertThatThrownBy(() -> settings.addHolidays(org, foreign, List.of(date("2027-01-01"))))
                .isInstanceOf(CalendarInputInvalid.class)
                .hasMessage("calendar_department_not_found");
    }

    @Test
    void departmentCalendarStartsFromOrganisationWeek() {
        settings.saveWeek(org, null, ZoneId.of("Europe/Moscow"), Map.of(DayOfWeek.TUESDAY, EIGHT_TO_FIVE));

        settings.addHolidays(org, branch, List.of(date("2027-04-01")));

        BusinessCalendar own = settings.departmentCalendar(org, branch).orElseThrow();
        assertThat(own.week()).containsOnlyKeys(DayOfWeek.TUESDAY);
        assertThat(own.holidays()).containsExactly(date("2027-04-01"));
    }

    @Test
    void subDepartmentUsesParentCalendarWithOrganisationDates() {
        settings.addHolidays(org, null, List.of(date("2027-01-07"), date("2027-11-04")));
        settings.addExtraWorkingDay(org, null, date("2027-12-18"), EIGHT_TO_FIVE);
        settings.saveWeek(org, branch, YEKATERINBURG, BusinessCalendar.standardWeek());
        settings.addExtraWorkingDay(org, branch, date("2027-11-04"), EIGHT_TO_FIVE);

        BusinessCalendar store = calendars.of(org, branchStore);

        assertThat(store.zone()).isEqualTo(YEKATERINBURG);
        assertThat(store.holidays()).containsExactly(date("2027-01-07"));
        assertThat(store.extraWorkingDays()).containsOnlyKeys(date("2027-11-04"), date("2027-12-18"));
        assertThat(calendars.of(org, headOffice).zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void removedDepartmentCalendarFallsBackToOrganisation() {
        settings.saveWeek(org, branch, YEKATERINBURG, BusinessCalendar.standardWeek());

        settings.removeDepartmentCalendar(org, branch);

        assertThat(settings.departmentsWithCalendars(org)).doesNotContain(branch);
        assertThat(calendars.of(org, branchStore).zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void membersSharingDepartmentCalendarCountOnIt() {
        settings.saveWeek(org, branch, YEKATERINBURG, BusinessCalendar.standardWeek());
        long storekeeper = organizations.member(org, branchStore);
        long manager = organizations.member(org, branch);
        long accountant = organizations.member(org, headOffice);
        long newcomer = organizations.member(org, null);

        assertThat(calendars.sharedBy(org, List.of(storekeeper, manager)).zone()).isEqualTo(YEKATERINBURG);
        assertThat(calendars.sharedBy(org, List.of(storekeeper, accountant)).zone())
                .isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(calendars.sharedBy(org, List.of(storekeeper, newcomer)).zone())
                .isEqualTo(ZoneId.of("Europe/Moscow"));
        assertThat(calendars.sharedBy(org, List.of()).zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
