package io.potok.tasks.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.identity.CurrentMember;
import io.potok.tasks.NewTask;
import io.potok.tasks.TaskView;
import io.potok.tasks.Tasks;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
@AutoConfigureMockMvc
class InboxPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    Tasks tasks;

    @Autowired
    JsonMapper json;

    private static CurrentMember member(long orgId, long memberId, Locale locale) {
        return new CurrentMember(memberId, orgId, memberId + "@test.local", "Member " + memberId, false, locale,
                ZoneId.of("Europe/Moscow"));
    }

    private String inbox(CurrentMember member) throws Exception {
        return mvc.perform(get("/inbox").with(signedInAs(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void listsTaskWaitingForDecision() throws Exception {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long org = organizations.organization();
        CurrentMember author = member(org, organizations.member(org, null), Locale.forLanguageTag("ru"));
        CurrentMember approver = member(org, organizations.member(org, null), Locale.forLanguageTag("ru"));
        CurrentMember bystander = member(org, organizations.member(org, null), Locale.ENGLISH);
        Form form = forms.create(org, "Orders", new FormDefinition(
                List.of(FieldDefinition.of(1, "Subject", FieldType.TEXT)),
                new RouteDefinition(List.of(new Step(1, "Warehouse", null,
                        List.of(new AssigneeRule(null, Assignees.anyOf(approver.memberId()))), null)))), null);
        forms.grant(org, form.id(), FormGrant.member(author.memberId(), AccessLevel.MEMBER));
        TaskView task = tasks.create(author, NewTask.onForm(form.id(),
                List.of(json.createObjectNode().put("id", 1).put("value", "Capsules for the shop"))));

        String page = inbox(approver);

        assertThat(page).contains("Входящие").contains("id=\"inbox-task-" + task.id() + "\"");
        assertThat(page).contains("Orders").contains("Warehouse").contains("Ждёт вашего решения");
        assertThat(inbox(bystander)).contains("<html lang=\"en\">").contains("id=\"inbox-empty\"")
                .doesNotContain("inbox-task-" + task.id());
    }

    @Test
    void showsDueDateOfResponsibleTask() throws Exception {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long org = organizations.organization();
        CurrentMember author = member(org, organizations.member(org, null), Locale.ENGLISH);
        CurrentMember responsible = member(org, organizations.member(org, null), Locale.ENGLISH);
        tasks.create(author, NewTask.simple("Count the capsules", responsible.memberId(),
                LocalDate.of(2031, 5, 17)));

        assertThat(inbox(responsible)).contains("Count the capsules").contains("class=\"due\"")
                .contains("2031");
    }
}
