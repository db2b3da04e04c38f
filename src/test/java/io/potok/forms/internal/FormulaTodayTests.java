package io.potok.forms.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.potok.forms.FieldType;
import io.potok.forms.Form;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code today()} in a formula saved through the codec takes the date from the injected clock.
 */
class FormulaTodayTests {

    private final JsonMapper json = JsonMapper.builder().build();

    private ObjectNode applyAt(Instant now) {
        Clock clock = Clock.fixed(now, ZoneOffset.UTC);
        DefaultFieldValues values = new DefaultFieldValues(new InMemoryCatalogs(), new InMemoryMembers(), json, clock);
        Form form = new Form(1, 1, "Сроки", 1,
                FormulaHarness.form(FormulaHarness.result(FieldType.DUE_DATE, null, "today() + 3")), false);
        return values.apply(1, form, json.createObjectNode(), List.of()).values();
    }

    @Test
    void todayIsTheClockDateInMoscow() {
        assertThat(applyAt(Instant.parse("2026-12-04T12:00:00Z")).get("99").asString()).isEqualTo("2026-12-07");
        // 22:30 UTC is already 01:30 on the next day in Moscow.
        assertThat(applyAt(Instant.parse("2026-12-04T22:30:00Z")).get("99").asString()).isEqualTo("2026-12-08");
    }
}
