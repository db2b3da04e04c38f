package io.potok.automation.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.automation.internal.outbox.OutboundMessage;
import io.potok.automation.internal.outbox.Outbox;
import io.potok.automation.internal.webhooks.WebhookSecrets;
import io.potok.forms.AccessLevel;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.WebhookSubscription;
import io.potok.forms.WebhookSubscription.Event;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The designer's webhooks page and the delivery log, through MockMvc as signed-in members.
 */
@PotokTest
@AutoConfigureMockMvc
class AutomationPageTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Forms forms;
    @Autowired
    FormDrafts drafts;
    @Autowired
    WebhookSecrets secrets;
    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JsonMapper json;

    private long orgId;
    private CurrentMember orgAdmin;
    private CurrentMember formAdmin;
    private CurrentMember stranger;
    private Form form;

    @BeforeEach
    void createOrganisation() {
        TestOrganizations organizations = new TestOrganizations(jdbc);
        orgId = organizations.organization();
        orgAdmin = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), true);
        formAdmin = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), false);
        stranger = TestOrganizations.signedIn(orgId, organizations.member(orgId, null), false);
        form = forms.create(orgId, "Заявки " + UUID.randomUUID(), new FormDefinition(
                List.of(FieldDefinition.of(1, "Тема", FieldType.TEXT)), RouteDefinition.NONE), orgAdmin.memberId());
        forms.grant(orgId, form.id(), FormGrant.member(formAdmin.memberId(), AccessLevel.ADMIN));
    }

    @Test
    void addedWebhookGoesToDraft() throws Exception {
        mvc.perform(post(webhooksPath()).with(signedInAs(formAdmin)).with(csrf())
                        .param("name", "Склад").param("url", "https://93.184.215.14/hooks/potok")
                        .param("events", "created").param("events", "closed").param("enabled", "true"))
                .andExpect(redirectedUrl(webhooksPath() + "?added"));

        List<WebhookSubscription> draft = drafts.draftOrCurrent(orgId, form.id()).automation().webhooks();
        assertThat(draft).hasSize(1);
        assertThat(draft.get(0).name()).isEqualTo("Склад");
        assertThat(draft.get(0).url()).isEqualTo("https://93.184.215.14/hooks/potok");
        assertThat(draft.get(0).events()).containsExactly(Event.CREATED, Event.CLOSED);
        assertThat(draft.get(0).enabled()).isTrue();
        assertThat(forms.find(orgId, form.id()).orElseThrow().definition().automation().webhooks()).isEmpty();

        String page = page(webhooksPath(), formAdmin);
        assertThat(page).contains("https://93.184.215.14/hooks/potok");
        assertThat(page).contains(secrets.secret(orgId, form.id(), draft.get(0).id()));
    }

    @Test
    void internalUrlIsRejectedWithSetting() throws Exception {
        String page = mvc.perform(post(webhooksPath()).with(signedInAs(formAdmin)).with(csrf())
                        .param("name", "Локальный").param("url", "http://192.168.10.5/hook")
                        .param("events", "created"))
                .andExpect(status().is(422))
                .andReturn().getResponse().getContentAsString();

        assertThat(page).contains("http://192.168.10.5/hook").contains("potok.outbound.allowed-hosts")
                .contains("192.168.10.5");
        assertThat(drafts.find(orgId, form.id())).isEmpty();
    }

    @Test
    void editedWebhookKeepsItsId() throws Exception {
        mvc.perform(post(webhooksPath()).with(signedInAs(formAdmin)).with(csrf())
                .param("name", "Склад").param("url", "https://93.184.215.14/a").param("events", "created"));
        String webhookId = drafts.draftOrCurrent(orgId, form.id()).automation().webhooks().get(0).id();

        mvc.perform(post(webhooksPath() + "/" + webhookId).with(signedInAs(formAdmin)).with(csrf())
                        .param("name", "Склад 2").param("url", "https://93.184.215.14/b")
                        .param("events", "commented"))
                .andExpect(redirectedUrl(webhooksPath() + "?saved"));

        WebhookSubscription edited = drafts.draftOrCurrent(orgId, form.id()).automation().webhooks().get(0);
        assertThat(edited.id()).isEqualTo(webhookId);
        assertThat(edited.name()).isEqualTo("Склад 2");
        assertThat(edited.url()).isEqualTo("https://93.184.215.14/b");
        assertThat(edited.events()).containsExactly(Event.COMMENTED);
        assertThat(edited.enabled()).isFalse();
    }

    @Test
    void removedWebhookLeavesDraft() throws Exception {
        mvc.perform(post(webhooksPath()).with(signedInAs(formAdmin)).with(csrf())
                .param("name", "Склад").param("url", "https://93.184.215.14/a").param("events", "created"));
        String webhookId = drafts.draftOrCurrent(orgId, form.id()).automation().webhooks().get(0).id();

        mvc.perform(post(webhooksPath() + "/" + webhookId + "/remove").with(signedInAs(formAdmin)).with(csrf()))
                .andExpect(redirectedUrl(webhooksPath() + "?removed"));

        assertThat(drafts.draftOrCurrent(orgId, form.id()).automation().webhooks()).isEmpty();
    }

    @Test
    void regenerateReplacesSecret() throws Exception {
        String before = secrets.secret(orgId, form.id(), "wh-rotate");

        mvc.perform(post(webhooksPath() + "/wh-rotate/secret").with(signedInAs(formAdmin)).with(csrf()))
                .andExpect(redirectedUrl(webhooksPath() + "?regenerated"));

        assertThat(secrets.secret(orgId, form.id(), "wh-rotate")).isNotEqualTo(before);
    }

    @Test
    void webhooksPageNeedsFormAdministrator() throws Exception {
        mvc.perform(get(webhooksPath()).with(signedInAs(stranger))).andExpect(status().isForbidden());
        mvc.perform(post(webhooksPath()).with(signedInAs(stranger)).with(csrf())
                        .param("name", "x").param("url", "https://93.184.215.14/a"))
                .andExpect(status().isForbidden());
        mvc.perform(post(webhooksPath()).with(signedInAs(formAdmin))
                        .param("name", "x").param("url", "https://93.184.215.14/a"))
                .andExpect(status().isForbidden());
        assertThat(drafts.find(orgId, form.id())).isEmpty();
    }

    @Test
    void deliveryLogListsAndRedelivers() throws Exception {
        UUID deliveryId = failedDelivery();

        String log = page("/settings/deliveries?status=failed", orgAdmin);
        assertThat(log).contains(deliveryId.toString());
        assertThat(page("/settings/deliveries?status=delivered", orgAdmin)).doesNotContain(deliveryId.toString());
        assertThat(page("/settings/deliveries?formId=" + form.id(), orgAdmin)).contains(deliveryId.toString());
        assertThat(page("/settings/deliveries/" + deliveryId, orgAdmin)).contains("outbound_url_invalid");

        mvc.perform(post("/settings/deliveries/" + deliveryId + "/redeliver").with(signedInAs(orgAdmin)).with(csrf()))
                .andExpect(redirectedUrl("/settings/deliveries/" + deliveryId + "?requeued"));

        awaitAttempts(deliveryId, 2);
    }

    @Test
    void deliveryLogNeedsAdministrator() throws Exception {
        UUID deliveryId = failedDelivery();

        mvc.perform(get("/settings/deliveries").with(signedInAs(formAdmin))).andExpect(status().isForbidden());
        mvc.perform(get("/settings/deliveries/" + deliveryId).with(signedInAs(formAdmin)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/settings/deliveries/" + deliveryId + "/redeliver").with(signedInAs(formAdmin)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(post("/settings/deliveries/" + deliveryId + "/redeliver").with(signedInAs(orgAdmin)))
                .andExpect(status().isForbidden());
        assertThat(attempts(deliveryId)).isEqualTo(1);
    }

    @Test
    void otherOrganisationsDeliveryIsNotFound() throws Exception {
        UUID deliveryId = failedDelivery();
        TestOrganizations organizations = new TestOrganizations(jdbc);
        long otherOrg = organizations.organization();
        CurrentMember otherAdmin = TestOrganizations.signedIn(otherOrg, organizations.member(otherOrg, null), true);

        mvc.perform(get("/settings/deliveries/" + deliveryId).with(signedInAs(otherAdmin)))
                .andExpect(status().isNotFound());
        assertThat(page("/settings/deliveries", otherAdmin)).doesNotContain(deliveryId.toString());
    }

    /** Queues a webhook whose URL is not http, so its only attempt fails at once without any connection. */
    private UUID failedDelivery() {
        OutboundMessage message = new OutboundMessage(orgId, "webhook", form.id() + "/wh-log", null,
                json.createObjectNode().put("url", "ftp://93.184.215.14/in").put("event", "created"));
        UUID deliveryId = transactions.execute(status -> outbox.enqueue(message));
        awaitAttempts(deliveryId, 1);
        return deliveryId;
    }

    private void awaitAttempts(UUID deliveryId, int count) {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (attempts(deliveryId) < count || !"failed".equals(deliveryStatus(deliveryId))) {
            assertThat(System.nanoTime()).as("attempt %d of %s within 30 s", count, deliveryId).isLessThan(deadline);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    private int attempts(UUID deliveryId) {
        return jdbc.sql("select count(*) from outbox_attempts where delivery_id = :id")
                .param("id", deliveryId).query(Integer.class).single();
    }

    private String deliveryStatus(UUID deliveryId) {
        return jdbc.sql("select status from outbox_messages where delivery_id = :id")
                .param("id", deliveryId).query(String.class).single();
    }

    private String page(String path, CurrentMember member) throws Exception {
        return mvc.perform(get(path).with(signedInAs(member)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private String webhooksPath() {
        return "/forms/" + form.id() + "/design/webhooks";
    }
}
