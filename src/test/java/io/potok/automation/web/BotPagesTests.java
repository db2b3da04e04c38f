package io.potok.automation.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.identity.ApiTokens;
import io.potok.identity.BotAccounts;
import io.potok.identity.BotAccounts.BotAccount;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@PotokTest
@AutoConfigureMockMvc
class BotPagesTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    BotAccounts bots;

    @Autowired
    ApiTokens tokens;

    long org;
    CurrentMember admin;
    CurrentMember member;
    String name;

    @BeforeEach
    void organisation() {
        TestOrganizations people = new TestOrganizations(jdbc);
        org = people.organization();
        admin = TestOrganizations.signedIn(org, people.member(org, null), true);
        member = TestOrganizations.signedIn(org, people.member(org, null), false);
        name = "Сортировщик " + UUID.randomUUID();
    }

    @Test
    void adminCreatesBotAndSeesKey() throws Exception {
        MvcResult created = mvc.perform(post("/settings/bots").with(signedInAs(admin)).with(csrf())
                        .param("name", name).param("url", "http://127.0.0.1:9/bot"))
                .andExpect(status().is3xxRedirection()).andReturn();
        BotAccount bot = onlyBot();

        assertThat(created.getResponse().getRedirectedUrl()).isEqualTo("/settings/bots/" + bot.id() + "?created");
        assertThat(bot.name()).isEqualTo(name);
        assertThat(bot.url()).isEqualTo("http://127.0.0.1:9/bot");
        String page = mvc.perform(post("/settings/bots/" + bot.id() + "/key").with(signedInAs(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String key = bots.securityKey(org, bot.id()).orElseThrow();
        assertThat(page).contains(key);
        assertThat(tokens.issue(bot.login(), key)).as("the key obtains API tokens").isPresent();
    }

    @Test
    void regeneratedKeyRevokesOldTokens() throws Exception {
        long botId = bots.create(org, name, "http://127.0.0.1:9/bot");
        String oldKey = bots.securityKey(org, botId).orElseThrow();
        String oldToken = tokens.issue(onlyBot().login(), oldKey).orElseThrow();

        mvc.perform(post("/settings/bots/" + botId + "/key/regenerate").with(signedInAs(admin)).with(csrf()))
                .andExpect(status().isOk());

        String newKey = bots.securityKey(org, botId).orElseThrow();
        assertThat(newKey).isNotEqualTo(oldKey);
        assertThat(tokens.check(oldToken).failure()).isEqualTo("revoked_token");
        assertThat(tokens.issue(onlyBot().login(), oldKey)).isEmpty();
    }

    @Test
    void internalUrlIsRejectedWithSetting() throws Exception {
        String page = mvc.perform(post("/settings/bots").with(signedInAs(admin)).with(csrf())
                        .param("name", name).param("url", "http://127.0.0.2/bot"))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("http://127.0.0.2/bot").contains("potok.outbound.allowed-hosts");
        assertThat(bots.list(org)).isEmpty();
    }

    @Test
    void urlChangeIsCheckedToo() throws Exception {
        long botId = bots.create(org, name, "http://127.0.0.1:9/bot");

        mvc.perform(post("/settings/bots/" + botId + "/url").with(signedInAs(admin)).with(csrf())
                        .param("url", "http://127.0.0.2/other"))
                .andExpect(status().is(422));
        mvc.perform(post("/settings/bots/" + botId + "/url").with(signedInAs(admin)).with(csrf())
                        .param("url", "http://localhost:9/other"))
                .andExpect(status().is3xxRedirection());

        assertThat(onlyBot().url()).isEqualTo("http://localhost:9/other");
    }

    @Test
    void duplicateNameIsRejected() throws Exception {
        bots.create(org, name, "http://127.0.0.1:9/bot");

        String page = mvc.perform(post("/settings/bots").with(signedInAs(admin)).with(csrf())
                        .param("name", name.toUpperCase()).param("url", "http://127.0.0.1:9/other"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("уже есть");
        assertThat(bots.list(org)).hasSize(1);
    }

    @Test
    void adminBlocksBot() throws Exception {
        long botId = bots.create(org, name, "http://127.0.0.1:9/bot");

        mvc.perform(post("/settings/bots/" + botId + "/blocked").with(signedInAs(admin)).with(csrf())
                        .param("blocked", "true"))
                .andExpect(status().is3xxRedirection());

        assertThat(onlyBot().blocked()).isTrue();
        String key = bots.securityKey(org, botId).orElseThrow();
        assertThat(tokens.issue(onlyBot().login(), key)).as("a blocked bot obtains no token").isEmpty();
    }

    @Test
    void memberMayNotOpenBots() throws Exception {
        long botId = bots.create(org, name, "http://127.0.0.1:9/bot");

        mvc.perform(get("/settings/bots").with(signedInAs(member))).andExpect(status().isForbidden());
        mvc.perform(post("/settings/bots/" + botId + "/key").with(signedInAs(member)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/settings/bots").with(signedInAs(member)).with(csrf())
                        .param("name", "Другой").param("url", "http://127.0.0.1:9/bot"))
                .andExpect(status().isForbidden());
        assertThat(bots.list(org)).hasSize(1);
    }

    @Test
    void listShowsBots() throws Exception {
        bots.create(org, name, "http://127.0.0.1:9/bot");

        String page = mvc.perform(get("/settings/bots").with(signedInAs(admin)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains(name).contains("http://127.0.0.1:9/bot");
    }

    private BotAccount onlyBot() {
        assertThat(bots.list(org)).hasSize(1);
        return bots.list(org).get(0);
    }
}
