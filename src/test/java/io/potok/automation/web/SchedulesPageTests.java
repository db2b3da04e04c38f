package io.potok.automation.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.Forms;
import io.potok.forms.Recurrence;
import io.potok.forms.RouteDefinition;
import io.potok.forms.ScheduleDefinition;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PotokTest
@AutoConfigureMockMvc
class SchedulesPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    Forms forms;

    @Autowired
    JdbcClient jdbc;

    CurrentMember admin;
    CurrentMember member;
    Form form;

    @BeforeEach
    void reportForm() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long orgId = organizations.organization();
        admin = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), true);
        member = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), false);
        FormDefinition definition = new FormDefinition(List.of(FieldDefinition.of(1, "Тема", FieldType.TEXT)),
                RouteDefinition.NONE);
        form = forms.create(orgId, "Отчёты " + System.nanoTime(), definition, admin.memberId());
    }

    @Test
    void addedScheduleIsPublishedWithTheForm() throws Exception {
        mvc.perform(post(url("")).with(signedInAs(admin)).with(csrf())
                        .param("kind", "recurring").param("name", "Месячный отчёт").param("enabled", "on")
                        .param("frequency", "monthly").param("start", "2026-01-31").param("time", "10:00")
                        .param("field.1", "Отчёт за месяц").param("responsibleId", String.valueOf(admin.memberId())))
                .andExpect(status().is3xxRedirection());

        String page = page(admin, url(""));
        assertThat(page).contains("Месячный отчёт").contains("id=\"schedules-publish\"");

        mvc.perform(post(url("/publish")).with(signedInAs(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        ScheduleDefinition schedule = forms.find(form.orgId(), form.id()).orElseThrow()
                .definition().automation().schedules().get(0);
        assertThat(schedule.name()).isEqualTo("Месячный отчёт");
        assertThat(schedule.recurrence().frequency()).isEqualTo(Recurrence.Frequency.MONTHLY);
        assertThat(schedule.recurrence().time()).hasToString("10:00");
        assertThat(schedule.fields().get(0).path("value").asString()).isEqualTo("Отчёт за месяц");
        assertThat(schedule.responsible().memberIds()).containsExactly(admin.memberId());
    }

    @Test
    void previewListsFiveNextDates() throws Exception {
        String preview = mvc.perform(post(url("/preview")).with(signedInAs(admin)).with(csrf())
                        .param("kind", "recurring").param("frequency", "daily").param("start", "2030-01-01")
                        .param("time", "09:00"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(preview.split("<li>", -1)).hasSize(6);
        assertThat(preview).contains("01.01.2030 09:00").contains("05.01.2030 09:00");
    }

    @Test
    void publishNamesInvalidSchedule() throws Exception {
        mvc.perform(post(url("")).with(signedInAs(admin)).with(csrf())
                        .param("kind", "recurring").param("name", "Без начала").param("frequency", "daily"))
                .andExpect(status().is3xxRedirection());

        String page = mvc.perform(post(url("/publish")).with(signedInAs(admin)).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"publish-problems\"");
        assertThat(page).contains("В расписании «Без начала» не заданы повторение или дата начала");
        assertThat(forms.find(form.orgId(), form.id()).orElseThrow().definition().automation().schedules()).isEmpty();
    }

    @Test
    void memberWithoutAdminAccessIsDenied() throws Exception {
        mvc.perform(get(url("")).with(signedInAs(member))).andExpect(status().isForbidden());
    }

    private String page(CurrentMember as, String url) throws Exception {
        return mvc.perform(get(url).with(signedInAs(as)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String url(String suffix) {
        return "/forms/" + form.id() + "/design/schedules" + suffix;
    }
}
