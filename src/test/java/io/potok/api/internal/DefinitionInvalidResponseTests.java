package io.potok.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import io.potok.PotokTest;
import io.potok.forms.DefinitionProblem;
import io.potok.forms.FormDefinitionInvalid;
import io.potok.platform.ApiErrorResponses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@PotokTest
class DefinitionInvalidResponseTests {

    @Autowired
    ApiErrorResponses errors;

    @Autowired
    MessageSource messages;

    @Autowired
    JsonMapper json;

    @Test
    void refusedDefinitionListsEveryProblem() {
        ApiExceptionHandler handler = new ApiExceptionHandler(errors, messages);
        MockHttpServletRequest request = new MockHttpServletRequest("PUT", "/api/v4/forms/1/definition");
        request.addHeader("Accept-Language", "en");
        FormDefinitionInvalid invalid = new FormDefinitionInvalid(List.of(
                DefinitionProblem.of("duplicate_step_number", "2"),
                DefinitionProblem.of("step_without_assignee", "3", "Склад")));

        ResponseEntity<Map<String, Object>> reply = handler.definitionInvalid(invalid, request);
        JsonNode body = json.readTree(json.writeValueAsString(reply.getBody()));

        assertThat(reply.getStatusCode().value()).isEqualTo(422);
        assertThat(body.get("error_code").asString()).isEqualTo("form_definition_invalid");
        assertThat(body.get("error").asString()).startsWith("Step number 2 occurs more than once in the route.");
        assertThat(body.get("problems")).hasSize(2);
        assertThat(body.get("problems").get(0).get("code").asString()).isEqualTo("duplicate_step_number");
        assertThat(body.get("problems").get(1).get("code").asString()).isEqualTo("step_without_assignee");
        assertThat(body.get("problems").get(1).get("error").asString())
                .startsWith("Step 3 “Склад” has no possible assignee");
    }
}
