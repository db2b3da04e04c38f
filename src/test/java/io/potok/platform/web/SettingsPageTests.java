package io.potok.platform.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

@PotokTest
@AutoConfigureMockMvc
class SettingsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    private CurrentMember member(boolean admin) {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long org = organizations.organization();
        return TestOrganizations.signedIn(org, organizations.member(org, null), admin);
    }

    @Test
    void administratorSeesEverySettingsPage() throws Exception {
        String html = mvc.perform(get("/settings").with(signedInAs(member(true))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"nav-settings\"").contains("href=\"/settings/integrations/moysklad\"")
                .contains("href=\"/settings/calendars\"").contains("href=\"/settings/mail\"")
                .contains("href=\"/settings/bots\"").contains("href=\"/settings/deliveries\"")
                .contains("Товары и остатки из учётной системы МойСклад.");
    }

    @Test
    void memberIsRefusedAndSeesNoSettingsLink() throws Exception {
        CurrentMember member = member(false);

        String refused = mvc.perform(get("/settings").with(signedInAs(member)))
                .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
        String inbox = mvc.perform(get("/inbox").with(signedInAs(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(refused).contains("Настройки доступны только администраторам организации.");
        assertThat(inbox).doesNotContain("id=\"nav-settings\"");
    }
}
