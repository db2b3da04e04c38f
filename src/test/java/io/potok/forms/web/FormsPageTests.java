package io.potok.forms.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
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
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PotokTest
@AutoConfigureMockMvc
class FormsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    private static final FormDefinition ONE_FIELD = new FormDefinition(
            java.util.List.of(FieldDefinition.of(1, "Subject", FieldType.TEXT)), RouteDefinition.NONE);

    private static CurrentMember member(long orgId, long memberId, Locale locale) {
        return new CurrentMember(memberId, orgId, memberId + "@test.local", "Test Member", false, locale,
                ZoneId.of("Europe/Moscow"));
    }

    private String formsPage(CurrentMember member) throws Exception {
        return mvc.perform(get("/forms").with(signedInAs(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    @Test
    void listsOnlyFormsTheMemberMayUse() throws Exception {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long org = organizations.organization();
        long userId = organizations.member(org, null);
        Form granted = forms.create(org, "Repairs", ONE_FIELD, null);
        Form managed = forms.create(org, "Orders", ONE_FIELD, null);
        Form hidden = forms.create(org, "Salaries", ONE_FIELD, null);
        forms.grant(org, granted.id(), FormGrant.member(userId, AccessLevel.MEMBER));
        forms.grant(org, managed.id(), FormGrant.member(userId, AccessLevel.MANAGER));

        String page = formsPage(member(org, userId, Locale.forLanguageTag("ru")));

        assertThat(page).contains("Формы и реестры").contains("Repairs").contains("Orders").doesNotContain("Salaries");
        assertThat(page).contains("href=\"/tasks/new?form=" + granted.id() + "\"")
                .contains("href=\"/forms/" + granted.id() + "/registry\"")
                .contains("id=\"registry-" + managed.id() + "\"");
        assertThat(page).contains("менеджер формы");
        assertThat(page).doesNotContain("form=" + hidden.id() + "\"");
        assertThat(page.indexOf("Orders")).isLessThan(page.indexOf("Repairs"));
    }

    @Test
    void rendersInEnglishWithEmptyList() throws Exception {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long org = organizations.organization();
        long userId = organizations.member(org, null);

        String page = formsPage(member(org, userId, Locale.ENGLISH));

        assertThat(page).contains("<html lang=\"en\">").contains("Forms and registries").contains("id=\"forms-empty\"");
    }
}
