package io.potok.workflow.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.identity.CurrentMember;
import io.potok.workflow.BusinessCalendar;
import io.potok.workflow.BusinessCalendar.WorkingHours;
import io.potok.workflow.BusinessCalendars;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The business calendar settings page: administrators only, every change behind CSRF, and the calculator.
 */
@PotokTest
@AutoConfigureMockMvc
class CalendarSettingsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    BusinessCalendars calendars;

    @Autowired
    JdbcClient jdbc;

    long org;
    long branch;
    CurrentMember admin;
    CurrentMember member;

    @BeforeEach
    void organisationWithAdmin() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        org = organizations.organization();
        branch = organizations.department(org, null, null);
        admin = TestOrganizations.signedIn(org, organizations.member(org, null), true);
        member = TestOrganizations.signedIn(org, organizations.member(org, null), false);
    }

    @Test
    void memberWhoIsNotAdministratorIsDenied() throws Exception {
        mvc.perform(get("/settings/calendars").with(signedInAs(member))).andExpect(status().isForbidden());
        mvc.perform(post("/settings/calendars/holidays").param("dates", "2027-01-01")
                .with(signedInAs(member)).with(csrf())).andExpect(status().isForbidden());

        assertThat(calendars.of(org).holidays()).isEmpty();
    }

    @Test
    void changeWithoutCsrfTokenIsRejected() throws Exception {
        mvc.perform(post("/settings/calendars/holidays").param("dates", "2027-01-01").with(signedInAs(admin)))
                .andExpect(status().isForbidden());

        assertThat(calendars.of(org).holidays()).isEmpty();
    }

    @Test
    void administratorSeesStandardWeek() throws Exception {
        String page = mvc.perform(get("/settings/calendars").with(signedInAs(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"calendar-week\"").contains("value=\"Europe/Moscow\"")
                .contains("id=\"calendar-opens-MONDAY\" value=\"09:00\"");
    }

    @Test
    void pastedHolidayListIsImported() throws Exception {
        mvc.perform(post("/settings/calendars/holidays").param("dates", "2027-01-01, 02.01.2027\n2027-01-07")
                        .with(signedInAs(admin)).with(csrf()))
                .andExpect(redirectedUrl("/settings/calendars?saved"));

        assertThat(calendars.of(org).holidays()).containsExactlyInAnyOrder(LocalDate.parse("2027-01-01"),
                LocalDate.parse("2027-01-02"), LocalDate.parse("2027-01-07"));
        String page = mvc.perform(get("/settings/calendars").with(signedInAs(admin)))
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("data-date=\"2027-01-07\"");
    }

    @Test
    void invalidDateShowsMessageAndKeepsCalendar() throws Exception {
        String page = mvc.perform(post("/settings/calendars/holidays").param("dates", "2027-01-01 31.02.2027")
                        .with(signedInAs(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"calendars-error\"").contains("31.02.2027");
        assertThat(calendars.of(org).holidays()).isEmpty();
    }

    @Test
    void departmentWeekIsSavedInItsZone() throws Exception {
        mvc.perform(withWeek(post("/settings/calendars/week").param("department", String.valueOf(branch))
                        .param("zone", "Asia/Yekaterinburg"))
                        .with(signedInAs(admin)).with(csrf()))
                .andExpect(redirectedUrl("/settings/calendars?department=" + branch + "&saved"));

        BusinessCalendar branchCalendar = calendars.of(org, branch);
        assertThat(branchCalendar.zone()).isEqualTo(ZoneId.of("Asia/Yekaterinburg"));
        assertThat(branchCalendar.week()).containsOnlyKeys(DayOfWeek.MONDAY, DayOfWeek.SATURDAY);
        assertThat(branchCalendar.week().get(DayOfWeek.SATURDAY))
                .isEqualTo(new WorkingHours(LocalTime.of(10, 0), LocalTime.of(14, 0)));
        assertThat(calendars.of(org).zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void unknownZoneIsRejected() throws Exception {
        String page = mvc.perform(withWeek(post("/settings/calendars/week").param("zone", "Mars/Olympus"))
                        .with(signedInAs(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("Mars/Olympus");
        assertThat(calendars.of(org).zone()).isEqualTo(ZoneId.of("Europe/Moscow"));
    }

    @Test
    void extraWorkingDayIsAddedAndRemoved() throws Exception {
        mvc.perform(post("/settings/calendars/working-days").param("date", "2027-12-18").param("opens", "10:00")
                        .param("closes", "15:00").with(signedInAs(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        boolean added = calendars.of(org).extraWorkingDays().containsKey(LocalDate.parse("2027-12-18"));

        mvc.perform(post("/settings/calendars/dates/remove").param("date", "2027-12-18")
                        .with(signedInAs(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        assertThat(added).isTrue();
        assertThat(calendars.of(org).extraWorkingDays()).isEmpty();
    }

    @Test
    void calculatorShowsDueTimeOnChosenCalendar() throws Exception {
        String page = mvc.perform(get("/settings/calendars").param("start", "2026-12-07T17:00").param("hours", "4")
                        .with(signedInAs(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"calendar-due\"").contains("08.12.2026 12:00");
    }

    @Test
    void calculatorRejectsNegativeHours() throws Exception {
        String page = mvc.perform(get("/settings/calendars").param("start", "2026-12-07T17:00").param("hours", "-1")
                        .with(signedInAs(admin)))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"calendars-error\"");
    }

    /** Adds a week of Monday 08:00-17:00 and Saturday 10:00-14:00, other days unticked. */
    private static MockHttpServletRequestBuilder withWeek(MockHttpServletRequestBuilder request) {
        return request.param("MONDAY.working", "true").param("MONDAY.opens", "08:00")
                .param("MONDAY.closes", "17:00")
                .param("SATURDAY.working", "true").param("SATURDAY.opens", "10:00")
                .param("SATURDAY.closes", "14:00")
                .param("TUESDAY.opens", "09:00").param("TUESDAY.closes", "18:00");
    }
}
