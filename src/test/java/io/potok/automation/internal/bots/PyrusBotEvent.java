package io.potok.automation.internal.bots;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The body Pyrus POSTs to a bot, as a bot author would model it from the Pyrus documentation and the recorded
 * {@code fixtures/pyrus/event.json}: only what a typical bot reads, unknown properties ignored.
 */
@JsonIgnoreProperties(ignoreUnknown = true)
record PyrusBotEvent(String event, @JsonProperty("access_token") String accessToken,
                     @JsonProperty("task_id") long taskId, @JsonProperty("user_id") long userId, Task task) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Task(long id, String text, @JsonProperty("create_date") String createDate,
                @JsonProperty("last_modified_date") String lastModifiedDate, Person author,
                @JsonProperty("form_id") long formId, @JsonProperty("current_step") int currentStep,
                List<List<Approval>> approvals, List<Field> fields, List<Comment> comments) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Person(long id, @JsonProperty("first_name") String firstName, @JsonProperty("last_name") String lastName,
                  String email, String type) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Approval(Person person, @JsonProperty("approval_choice") String approvalChoice) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Field(int id, String type, String name) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Comment(long id, String text, @JsonProperty("create_date") String createDate, Person author) {
    }
}
