package io.potok.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class FieldSettingsJsonTests {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void multilineTextReadsBack() {
        FieldDefinition comment = FieldDefinition.of(2, "Comment", FieldType.TEXT).withInfo(FieldSettings.multilineText());

        FieldDefinition read = json.readValue(json.writeValueAsString(comment), FieldDefinition.class);

        assertThat(read.info().isMultiline()).isTrue();
        assertThat(json.writeValueAsString(FieldSettings.NONE)).isEqualTo("{}");
    }
}
