package io.potok.workflow.web;

import java.util.List;

import io.potok.forms.RouteDefinition;
import tools.jackson.databind.JsonNode;

/**
 * The request of the route designer's test mode.
 *
 * @param route the route as the designer shows it, saved or not; null tests the draft's saved route
 * @param fields sample values in the API's field write shape ({@code id} and {@code value})
 * @param authorId the member taken as the task's author; null means the administrator testing
 */
record RouteTestRequest(RouteDefinition route, List<JsonNode> fields, Long authorId) {

    RouteTestRequest {
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
