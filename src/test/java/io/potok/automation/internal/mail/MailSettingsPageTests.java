package io.potok.automation.internal.mail;

import java.util.Map;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.identity.CurrentMember;
import io.potok.platform.Secrets;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The SMTP settings page as an administrator and as an ordinary member of a fresh organisation, with a
 * GreenMail server on 127.0.0.1 for the test email.
 */
@PotokTest
@AutoConfigureMockMvc
@ExtendWith(OutputCaptureExtension.class)
class MailSettingsPageTests {

    private static final String PAGE = "/settings/mail";

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    MailSettings mailSettings;

    @Autowired
    SmtpServers servers;

    @Autowired
    Secrets secrets;

    private CurrentMember admin;
    private CurrentMember member;

    @BeforeEach
    void createOrganisation() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long orgId = organizations.organization();
        admin = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), true);
        member = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), false);
    }

    @Test
    void memberIsDenied() throws Exception {
        mvc.perform(get(PAGE).with(signedInAs(member))).andExpect(status().isForbidden());
        MockHttpServletRequestBuilder save = post(PAGE).with(signedInAs(member)).with(csrf());
        form(25, "none", "a@shop.example", "pw", true).forEach(save::param);
        mvc.perform(save).andExpect(status().isForbidden());
        mvc.perform(post(PAGE + "/test").param("to", "a@example.com").with(signedInAs(member)).with(csrf()))
                .andExpect(status().isForbidden());

        assertThat(servers.find(member.orgId())).isEmpty();
    }

    @Test
    void postWithoutCsrfIsRejected() throws Exception {
        MockHttpServletRequestBuilder save = post(PAGE).with(signedInAs(admin));
        form(25, "none", "a@shop.example", "pw", true).forEach(save::param);
        mvc.perform(save).andExpect(status().isForbidden());

        assertThat(servers.find(admin.orgId())).isEmpty();
    }

    @Test
    void adminSeesBlankFormAndSettingsLink() throws Exception {
        String page = pageHtml();

        assertThat(page).contains("id=\"mail-form\"").contains("id=\"nav-settings\"");
        assertThat(page).containsPattern("<option value=\"starttls\" selected>");
        assertThat(page).contains("value=\"587\"").contains("Пароль не сохранён");
        assertThat(page).contains("value=\"" + admin.email() + "\"");
    }

    @Test
    void passwordIsStoredEncryptedAndNeverShown(CapturedOutput output) throws Exception {
        String password = "pw-" + UUID.randomUUID();

        save(form(587, "starttls", "sender@shop.example", password, true));
        String page = pageHtml();

        assertThat(page).doesNotContain(password).contains("Пароль сохранён");
        String stored = jdbc.sql("select password_encrypted from smtp_settings where org_id = :org")
                .param("org", admin.orgId()).query(String.class).single();
        assertThat(stored).doesNotContain(password).startsWith("v1:");
        assertThat(secrets.decrypt(stored)).isEqualTo(password);
        assertThat(output.getAll()).contains("SMTP settings of organisation " + admin.orgId() + " saved");
        assertThat(output.getAll()).doesNotContain(password);
    }

    @Test
    void emptyPasswordKeepsSavedOne() throws Exception {
        save(form(587, "starttls", "sender@shop.example", "first-password", true));

        save(form(2525, "starttls", "sender@shop.example", "", true));

        SmtpServer server = servers.find(admin.orgId()).orElseThrow();
        assertThat(secrets.decrypt(server.passwordEncrypted())).isEqualTo("first-password");
        assertThat(server.settings().port()).isEqualTo(2525);
    }

    @Test
    void clearedUsernameDropsPassword() throws Exception {
        save(form(587, "starttls", "sender@shop.example", "first-password", true));

        Map<String, String> withoutLogin = new java.util.HashMap<>(form(25, "none", "sender@shop.example", "",
                true));
        withoutLogin.put("username", "");
        save(withoutLogin);

        SmtpServer server = servers.find(admin.orgId()).orElseThrow();
        assertThat(server.settings().username()).isNull();
        assertThat(server.passwordEncrypted()).isNull();
    }

    @Test
    void savedSettingsShowOnPage() throws Exception {
        save(form(465, "ssl_tls", "office@shop.example", "secret", false));

        String page = pageHtml();

        assertThat(page).contains("value=\"smtp.shop.example\"").contains("value=\"465\"");
        assertThat(page).containsPattern("<option value=\"ssl_tls\" selected>");
        assertThat(page).contains("value=\"office@shop.example\"").contains("value=\"Магазин\"");
        assertThat(page).doesNotContainPattern("id=\"mail-enabled\"\\s+checked");
        assertThat(mailSettings.find(admin.orgId()).enabled()).isFalse();
    }

    @Test
    void invalidPortIsNamedInRussian() throws Exception {
        Map<String, String> values = new java.util.HashMap<>(form(587, "starttls", "a@shop.example", "pw", true));
        values.put("port", "70000");

        String page = rejected(values);

        assertThat(page).contains("id=\"mail-error\"").contains("Порт «70000» указан неверно");
        assertThat(servers.find(admin.orgId())).isEmpty();
    }

    @Test
    void invalidSenderAddressIsNamed() throws Exception {
        String page = rejected(form(587, "starttls", "office at shop", "pw", true));

        assertThat(page).contains("Адрес отправителя «office at shop» указан неверно");
        assertThat(page).contains("value=\"smtp.shop.example\"");
    }

    @Test
    void invalidHostIsNamed() throws Exception {
        Map<String, String> values = new java.util.HashMap<>(form(587, "starttls", "a@shop.example", "pw", true));
        values.put("host", "smtp shop");

        assertThat(rejected(values)).contains("SMTP-сервер «smtp shop» указан неверно");
    }

    @Test
    void loginWithoutPasswordIsRejected() throws Exception {
        String page = rejected(form(587, "starttls", "a@shop.example", "", true));

        assertThat(page).contains("Для пользователя «sender» не сохранён пароль");
    }

    @Test
    void testEmailArrives() throws Exception {
        try (SmtpTestServer server = SmtpTestServer.smtp()) {
            saveForServer(server, SmtpTestServer.PASSWORD);

            String page = sendTest("boss@shop.example");

            assertThat(page).contains("id=\"mail-test-result\"").contains("Сервер принял проверочное письмо")
                    .contains("boss@shop.example");
            assertThat(server.received()).hasSize(1);
            assertThat(server.received()[0].getSubject()).isEqualTo("Проверочное письмо Potok");
        }
    }

    @Test
    void testEmailReportsWrongPassword(CapturedOutput output) throws Exception {
        String wrongPassword = "wrong-" + UUID.randomUUID();
        try (SmtpTestServer server = SmtpTestServer.smtp()) {
            saveForServer(server, wrongPassword);

            String page = sendTest("boss@shop.example");

            assertThat(page).contains("id=\"mail-test-result\"")
                    .contains("SMTP-сервер отклонил имя пользователя или пароль");
            assertThat(page).doesNotContain(wrongPassword);
            assertThat(output.getAll()).doesNotContain(wrongPassword);
            assertThat(server.received()).isEmpty();
        }
    }

    @Test
    void testEmailWithoutSettingsSaysNotSetUp() throws Exception {
        assertThat(sendTest("boss@shop.example")).contains("SMTP не настроен");
    }

    @Test
    void testEmailToInvalidAddressIsRejected() throws Exception {
        String page = mvc.perform(post(PAGE + "/test").param("to", "boss").with(signedInAs(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"mail-error\"").contains("Адрес «boss» указан неверно");
    }

    private void saveForServer(SmtpTestServer server, String password) throws Exception {
        Map<String, String> values = new java.util.HashMap<>(form(server.port(), "none", "office@shop.example",
                password, true));
        values.put("host", "127.0.0.1");
        values.put("username", SmtpTestServer.USERNAME);
        save(values);
    }

    private String sendTest(String to) throws Exception {
        return mvc.perform(post(PAGE + "/test").param("to", to).with(signedInAs(admin)).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String pageHtml() throws Exception {
        return mvc.perform(get(PAGE).with(signedInAs(admin))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    private void save(Map<String, String> values) throws Exception {
        MockHttpServletRequestBuilder request = post(PAGE).with(signedInAs(admin)).with(csrf());
        values.forEach(request::param);
        mvc.perform(request).andExpect(redirectedUrl(PAGE + "?saved"));
    }

    private String rejected(Map<String, String> values) throws Exception {
        MockHttpServletRequestBuilder request = post(PAGE).with(signedInAs(admin)).with(csrf());
        values.forEach(request::param);
        return mvc.perform(request).andExpect(status().isBadRequest()).andReturn().getResponse()
                .getContentAsString();
    }

    private static Map<String, String> form(int port, String security, String senderAddress, String password,
                                            boolean enabled) {
        return Map.of("host", "smtp.shop.example", "port", String.valueOf(port), "security", security,
                "username", "sender", "password", password, "senderAddress", senderAddress, "senderName", "Магазин",
                "enabled", String.valueOf(enabled));
    }
}
