package io.potok.registry.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;

import io.potok.registry.ColumnRef;
import io.potok.registry.InvalidFilter;
import io.potok.registry.RegistrySort;
import org.junit.jupiter.api.Test;

class CursorsTests {

    private static final RegistrySort BY_TOTAL = RegistrySort.descending(ColumnRef.field(20));

    @Test
    void cursorReadsBackValueAndTaskId() {
        String cursor = Cursors.encode(BY_TOTAL, new BigDecimal("1234.50"), 99);

        Cursors.Position position = Cursors.decode(cursor, BY_TOTAL, ValueType.NUMBER);

        assertThat(position.value()).isEqualTo(new BigDecimal("1234.50"));
        assertThat(position.taskId()).isEqualTo(99);
    }

    @Test
    void cursorKeepsEmptyAndMultilineValues() {
        RegistrySort bySubject = RegistrySort.ascending(ColumnRef.SUBJECT);
        assertThat(Cursors.decode(Cursors.encode(bySubject, null, 5), bySubject, ValueType.TEXT).value()).isNull();
        assertThat(Cursors.decode(Cursors.encode(bySubject, "a\nb=c", 5), bySubject, ValueType.TEXT).value())
                .isEqualTo("a\nb=c");
        Instant created = Instant.parse("2026-01-31T10:15:30.123456Z");
        assertThat(Cursors.decode(Cursors.encode(RegistrySort.NEWEST_FIRST, created, 1), RegistrySort.NEWEST_FIRST,
                ValueType.TIMESTAMP).value()).isEqualTo(created);
    }

    @Test
    void cursorOfAnotherSortIsRejected() {
        String cursor = Cursors.encode(BY_TOTAL, BigDecimal.ONE, 1);

        assertThatThrownBy(() -> Cursors.decode(cursor, RegistrySort.ascending(ColumnRef.field(20)), ValueType.NUMBER))
                .isInstanceOf(InvalidFilter.class);
    }

    @Test
    void garbledCursorIsRejected() {
        assertThatThrownBy(() -> Cursors.decode("not a cursor!", BY_TOTAL, ValueType.NUMBER))
                .isInstanceOf(InvalidFilter.class);
        assertThatThrownBy(() -> Cursors.decode("eA", BY_TOTAL, ValueType.NUMBER))
                .isInstanceOf(InvalidFilter.class);
    }
}
