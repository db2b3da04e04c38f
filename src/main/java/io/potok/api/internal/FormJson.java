package io.potok.api.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.potok.forms.Form;
import io.potok.forms.RouteDefinition;

/**
 * A form template in the API's shape: steps keyed by their number as text, and the field definitions.
 */
record FormJson(
        long id,
        String name,
        Map<String, String> steps,
        List<FieldJson> fields,
        @JsonProperty("deleted_or_closed") boolean deletedOrClosed) {

    static FormJson of(Form form) {
        Map<String, String> steps = new LinkedHashMap<>();
        for (RouteDefinition.Step step : form.definition().route().steps()) {
            steps.put(String.valueOf(step.number()), step.name());
        }
        List<FieldJson> fields = form.definition().fields().stream().map(field -> FieldJson.of(field, null)).toList();
        return new FormJson(form.id(), form.name(), steps, fields, form.archived());
    }
}
