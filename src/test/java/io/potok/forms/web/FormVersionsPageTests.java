package io.potok.forms.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.AutomationDefinition;
import io.potok.forms.Condition;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldSettings;
import io.potok.forms.FieldSettings.ChoiceOption;
import io.potok.forms.FieldType;
import io.potok.forms.Form;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormGrant;
import io.potok.forms.FormHistoryEntry;
import io.potok.forms.FormVersionInfo;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import io.potok.forms.RouteDefinition.AssigneeRule;
import io.potok.forms.RouteDefinition.Assignees;
import io.potok.forms.RouteDefinition.Step;
import io.potok.forms.RuleDefinition;
import io.potok.forms.WebhookSubscription;
import io.potok.identity.CurrentMember;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

@PotokTest
@AutoConfigureMockMvc
class FormVersionsPageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    private static final FieldDefinition CLIENT = FieldDefinition.of(1, "Клиент", FieldType.TEXT);
    private static final FieldDefinition SERIAL = FieldDefinition.of(2, "Серийный номер", FieldType.TEXT);
    private static final FieldDefinition KIND = FieldDefinition.of(3, "Тип клиента", FieldType.MULTIPLE_CHOICE)
            .withInfo(FieldSettings.choices(false, List.of(new ChoiceOption(1, "Розница"), new ChoiceOption(2, "Опт"))));
    private static final FieldDefinition ADDRESS = FieldDefinition.of(4, "Адрес доставки", FieldType.TEXT)
            .requiredFrom(1);

    /** An organisation with an administrator who published versions 1 and 2 of a repair form. */
    private record Setup(long org, long adminId, long memberId, Form form) {

        CurrentMember admin(Locale locale) {
            return new CurrentMember(adminId, org, "admin@test.local", "Анна Смирнова", true, locale,
                    ZoneId.of("Asia/Vladivostok"));
        }

        CurrentMember member() {
            return TestOrganizations.signedIn(org, memberId, false);
        }
    }

    private static FormDefinition firstVersion(long approver) {
        Step repair = new Step(1, "Ремонт", null, List.of(new AssigneeRule(null, Assignees.anyOf(approver))), null);
        return new FormDefinition(List.of(CLIENT, SERIAL, KIND), new RouteDefinition(List.of(repair)));
    }

    private static FormDefinition secondVersion(long approver) {
        Condition wholesale = Condition.field(3, Condition.Operator.EQUALS, "2");
        Step repair = new Step(1, "Ремонт в сервисе", wholesale,
                List.of(new AssigneeRule(null, Assignees.anyOf(approver))), null, 24, true);
        Step delivery = new Step(2, "Доставка", null, List.of(new AssigneeRule(null, Assignees.author())), 1);
        return new FormDefinition(List.of(CLIENT.requiredFrom(1), KIND, ADDRESS),
                new RouteDefinition(List.of(repair, delivery)));
    }

    private Setup setup() {
        TestOrganizations fixtures = new TestOrganizations(jdbc);
        long org = fixtures.organization();
        long admin = fixtures.member(org, null);
        jdbc.sql("update members set first_name = 'Анна', last_name = 'Смирнова', is_admin = true where id = :id")
                .param("id", admin).update();
        long member = fixtures.member(org, null);
        Form form = forms.create(org, "Ремонт " + System.nanoTime(), firstVersion(admin), admin);
        forms.grant(org, form.id(), FormGrant.everyone(AccessLevel.MEMBER));
        forms.publish(org, form.id(), secondVersion(admin), admin);
        return new Setup(org, admin, member, forms.find(org, form.id()).orElseThrow());
    }

    private String page(MockHttpServletRequestBuilder request, CurrentMember member) throws Exception {
        return mvc.perform(request.with(signedInAs(member))).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    @Test
    void versionsListShowsPublisherAndTime() throws Exception {
        Setup setup = setup();
        FormVersionInfo second = forms.versions(setup.org(), setup.form().id()).get(0);
        String local = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .format(second.publishedAt().atZone(ZoneId.of("Asia/Vladivostok")));

        String html = page(get("/forms/" + setup.form().id() + "/versions"), setup.admin(Locale.forLanguageTag("ru")));

        assertThat(html).contains("Версии формы").contains("data-version=\"2\"").contains("data-version=\"1\"")
                .contains("Анна Смирнова").contains(local).contains("текущая");
        assertThat(html).contains("href=\"/forms/" + setup.form().id() + "/versions/1/restore\"")
                .doesNotContain("/versions/2/restore");
    }

    @Test
    void comparisonShowsChangesInRussian() throws Exception {
        Setup setup = setup();

        String html = page(get("/forms/" + setup.form().id() + "/versions/compare?from=1&to=2"),
                setup.admin(Locale.forLanguageTag("ru")));

        assertThat(html).contains("Версия 1").contains("Версия 2");
        assertThat(html).contains("data-kind=\"removed\"").contains("Серийный номер");
        assertThat(html).contains("data-kind=\"added\"").contains("Адрес доставки");
        assertThat(html).contains("data-kind=\"changed\"").contains("Обязательное").contains("с этапа 1")
                .contains("не обязательное");
        assertThat(html).contains("Ремонт в сервисе").contains("«Тип клиента» = Опт").contains("24 рабочих ч")
                .contains("2. Доставка").contains("автор задачи");
    }

    @Test
    void comparisonReadsInEnglishAndBackwards() throws Exception {
        Setup setup = setup();

        String html = page(get("/forms/" + setup.form().id() + "/versions/compare?from=2&to=1"),
                setup.admin(Locale.ENGLISH));

        assertThat(html).contains("<html lang=\"en\">").contains("Comparing versions").contains("Route steps");
        String removed = html.substring(html.indexOf("data-kind=\"removed\""));
        assertThat(removed.substring(0, removed.indexOf("</article>"))).contains("Адрес доставки");
        String added = html.substring(html.indexOf("data-kind=\"added\""));
        assertThat(added.substring(0, added.indexOf("</article>"))).contains("Серийный номер");
        assertThat(html).contains("from step 1").contains("not required").contains("24 business h")
                .contains("no due time");
    }

    @Test
    void comparisonListsRulesAndWebhooksThatDiffer() throws Exception {
        Setup setup = setup();
        long formId = setup.form().id();
        FormDefinition second = forms.find(setup.org(), formId).orElseThrow().definition();
        RuleDefinition notify = new RuleDefinition("notify", "Сообщить мастеру", true,
                RuleDefinition.Trigger.of(RuleDefinition.TriggerKind.TASK_CREATED), null,
                List.of(new RuleDefinition.Action(RuleDefinition.ActionKind.COMMENT, null, null, null, null, null, null,
                        "Заявка принята", null, null, null, null, null)));
        WebhookSubscription erp = new WebhookSubscription("erp", "Учётная система", true, "http://127.0.0.1:9/erp",
                List.of(WebhookSubscription.Event.CREATED));
        forms.publish(setup.org(), formId, second.withAutomation(new AutomationDefinition(List.of(notify), List.of(),
                List.of(erp))), setup.adminId());
        RuleDefinition assigning = new RuleDefinition("notify", "Сообщить мастеру", true, notify.trigger(), null,
                List.of(new RuleDefinition.Action(RuleDefinition.ActionKind.ASSIGN, null, null, null, null,
                        Assignees.anyOf(setup.adminId()), null, null, null, null, null, null, null)));
        forms.publish(setup.org(), formId, second.withAutomation(AutomationDefinition.NONE.withRules(
                List.of(assigning))), setup.adminId());

        String html = page(get("/forms/" + formId + "/versions/compare?from=3&to=4"),
                setup.admin(Locale.forLanguageTag("ru")));

        String automation = html.substring(html.indexOf("id=\"automation-differences\""));
        assertThat(automation).contains("Правило «Сообщить мастеру»").contains("Действия")
                .contains("Написать комментарий").contains("Назначить");
        assertThat(automation).contains("Вебхук «Учётная система»").contains("data-kind=\"removed\"")
                .contains("http://127.0.0.1:9/erp");
    }

    @Test
    void sameVersionComparesAsNoDifferences() throws Exception {
        Setup setup = setup();

        String html = page(get("/forms/" + setup.form().id() + "/versions/compare?from=2&to=2"),
                setup.admin(Locale.forLanguageTag("ru")));

        assertThat(html).contains("id=\"no-differences\"").doesNotContain("data-kind=");
    }

    @Test
    void restorePublishesEarlierDefinitionAsNextVersion() throws Exception {
        Setup setup = setup();
        long formId = setup.form().id();
        String confirmation = page(get("/forms/" + formId + "/versions/1/restore"),
                setup.admin(Locale.forLanguageTag("ru")));
        assertThat(confirmation).contains("Опубликовать как версию 3").contains("name=\"_csrf\"")
                .contains("Серийный номер");

        mvc.perform(post("/forms/" + formId + "/versions/1/restore").with(signedInAs(setup.admin(Locale.ENGLISH)))
                        .with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/forms/" + formId + "/versions?restored=1"));

        Form restored = forms.find(setup.org(), formId).orElseThrow();
        assertThat(restored.version()).isEqualTo(3);
        assertThat(restored.definition()).isEqualTo(firstVersion(setup.adminId()));
        assertThat(forms.versions(setup.org(), formId).get(0).publishedBy()).isEqualTo(setup.adminId());
        assertThat(forms.history(setup.org(), formId)).extracting(FormHistoryEntry::action)
                .startsWith("version_restored", "published");
        assertThat(forms.history(setup.org(), formId).get(0).detail()).isEqualTo("1");
        String list = page(get("/forms/" + formId + "/versions?restored=1"), setup.admin(Locale.forLanguageTag("ru")));
        assertThat(list).contains("Версия 1 опубликована заново как версия 3.");
    }

    @Test
    void restoreWithoutCsrfTokenIsRejected() throws Exception {
        Setup setup = setup();

        mvc.perform(post("/forms/" + setup.form().id() + "/versions/1/restore")
                        .with(signedInAs(setup.admin(Locale.ENGLISH))))
                .andExpect(status().isForbidden());

        assertThat(forms.find(setup.org(), setup.form().id())).map(Form::version).contains(2);
    }

    @Test
    void restoreRefusedByChecksListsProblems() throws Exception {
        Setup setup = setup();
        jdbc.sql("update members set banned = true where id = :id").param("id", setup.adminId()).update();
        long formId = setup.form().id();

        String html = mvc.perform(post("/forms/" + formId + "/versions/1/restore")
                        .with(signedInAs(setup.admin(Locale.forLanguageTag("ru")))).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();

        assertThat(html).contains("id=\"definition-problems\"").contains("data-problem=\"step_without_assignee\"")
                .contains("На этапе 1 «Ремонт» некому назначить задачу");
        assertThat(forms.find(setup.org(), formId)).map(Form::version).contains(2);
    }

    @Test
    void historyPageListsChangesWithMembersAndTimes() throws Exception {
        Setup setup = setup();
        long formId = setup.form().id();
        forms.rename(setup.org(), formId, "Ремонт машин", setup.adminId());
        forms.recordHistory(setup.org(), formId, "tasks_moved", "4", null);
        FormHistoryEntry renamed = forms.history(setup.org(), formId).get(1);
        String local = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm")
                .format(renamed.at().atZone(ZoneId.of("Asia/Vladivostok")));

        String html = page(get("/forms/" + formId + "/history"), setup.admin(Locale.forLanguageTag("ru")));

        assertThat(html).contains("История формы «Ремонт машин»").contains("Форма переименована в «Ремонт машин»")
                .contains("Опубликована версия 2").contains("Форма создана").contains("Анна Смирнова")
                .contains(local);
        assertThat(html).contains("data-action=\"tasks_moved\"").contains("Поток");
        assertThat(html.indexOf("Форма переименована")).isLessThan(html.indexOf("Опубликована версия 2"));
    }

    @Test
    void formAdministratorByGrantMayOpenPages() throws Exception {
        Setup setup = setup();
        forms.grant(setup.org(), setup.form().id(), FormGrant.member(setup.memberId(), AccessLevel.ADMIN));

        page(get("/forms/" + setup.form().id() + "/versions"), setup.member());
        page(get("/forms/" + setup.form().id() + "/history"), setup.member());
        String list = page(get("/forms"), setup.member());

        assertThat(list).contains("id=\"versions-" + setup.form().id() + "\"")
                .contains("id=\"history-" + setup.form().id() + "\"");
    }

    @Test
    void otherMembersGetForbiddenOnEveryPage() throws Exception {
        Setup setup = setup();
        forms.grant(setup.org(), setup.form().id(), FormGrant.member(setup.memberId(), AccessLevel.MANAGER));
        long formId = setup.form().id();
        List<MockHttpServletRequestBuilder> requests = List.of(
                get("/forms/" + formId + "/versions"),
                get("/forms/" + formId + "/versions/compare?from=1&to=2"),
                get("/forms/" + formId + "/versions/1/restore"),
                post("/forms/" + formId + "/versions/1/restore").with(csrf()),
                get("/forms/" + formId + "/history"));

        for (MockHttpServletRequestBuilder request : requests) {
            String html = mvc.perform(request.with(signedInAs(setup.member())))
                    .andExpect(status().isForbidden()).andReturn().getResponse().getContentAsString();
            assertThat(html).contains("Нет доступа");
        }
        assertThat(forms.find(setup.org(), formId)).map(Form::version).contains(2);
        assertThat(page(get("/forms"), setup.member())).contains("id=\"registry-" + formId + "\"")
                .doesNotContain("id=\"versions-" + formId + "\"");
    }

    @Test
    void unknownVersionIsNotFound() throws Exception {
        Setup setup = setup();

        mvc.perform(get("/forms/" + setup.form().id() + "/versions/compare?from=1&to=9")
                        .with(signedInAs(setup.admin(Locale.ENGLISH))))
                .andExpect(status().isNotFound());
    }
}
