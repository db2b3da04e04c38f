package io.potok.forms.web;

import static io.potok.PageRequests.signedInAs;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.stream.Collectors;

import io.potok.PotokTest;
import io.potok.forms.DefinitionCheck;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FieldDefinition;
import io.potok.forms.FieldType;
import io.potok.forms.FormDefinition;
import io.potok.forms.FormDrafts;
import io.potok.forms.Forms;
import io.potok.forms.RouteDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Publishing a draft that a {@link DefinitionCheck} rejects. The check here rejects fields named
 * "Запрещено", as a stand-in for the real checks, which other parts of the application register.
 */
@PotokTest
@AutoConfigureMockMvc
@Import(DesignerPublishRefusalTests.RejectingCheck.class)
class DesignerPublishRefusalTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    @Autowired
    FormDrafts drafts;

    @TestConfiguration
    static class RejectingCheck {

        @Bean
        DefinitionCheck rejectsForbiddenNames() {
            return (orgId, formId, definition) -> definition.allFields()
                    .filter(field -> field.name().startsWith("Запрещено"))
                    .map(field -> DefinitionProblem.of("unknown_field", field.name()))
                    .collect(Collectors.toList());
        }
    }

    @Test
    void showsEveryProblemAndKeepsDraft() throws Exception {
        DesignerFixtures fixtures = new DesignerFixtures(jdbc, forms);
        FormDefinition rejected = new FormDefinition(List.of(
                FieldDefinition.of(1, "Запрещено А", FieldType.TEXT),
                FieldDefinition.of(3, "Запрещено Б", FieldType.TEXT)), RouteDefinition.NONE);
        drafts.save(fixtures.orgId, fixtures.form.id(), rejected, fixtures.formAdmin.memberId());

        String page = mvc.perform(post("/forms/" + fixtures.form.id() + "/design/publish")
                        .with(signedInAs(fixtures.formAdmin)).with(csrf()))
                .andExpect(status().is(422)).andReturn().getResponse().getContentAsString();

        assertThat(page).contains("id=\"publish-problems\"").contains("Запрещено А").contains("Запрещено Б");
        assertThat(page).doesNotContain("definition.problem.");
        assertThat(drafts.find(fixtures.orgId, fixtures.form.id())).map(FormDrafts.Draft::definition).contains(rejected);
        assertThat(forms.find(fixtures.orgId, fixtures.form.id()).orElseThrow().version()).isEqualTo(1);
    }
}
