package io.potok.demo.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.nio.file.Path;
import java.time.ZoneId;

import io.potok.identity.Organizations;
import io.potok.identity.Organizations.NewMember;
import io.potok.platform.PotokProperties;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.transaction.support.TransactionOperations;

class FirstStartTests {

    private final Organizations organizations = mock(Organizations.class);
    private final DemoWorkspaceLoader demo = mock(DemoWorkspaceLoader.class);
    private final PastTasks pastTasks = mock(PastTasks.class);
    private final JdbcClient jdbc = mock(JdbcClient.class, RETURNS_DEEP_STUBS);

    private FirstStart firstStart(Boolean demoProperty, PotokProperties.Admin admin, String datasourceUrl) {
        MockEnvironment environment = new MockEnvironment();
        if (datasourceUrl != null) {
            environment.setProperty("spring.datasource.url", datasourceUrl);
        }
        PotokProperties properties = new PotokProperties(Path.of("data"), demoProperty, 0, null, admin);
        return new FirstStart(organizations, demo, pastTasks, properties, environment, jdbc,
                TransactionOperations.withoutTransaction());
    }

    @Test
    void demoDefaultsOnOnlyWithEmbeddedDatabase() {
        assertThat(firstStart(null, null, null).demoEnabled()).isTrue();
        assertThat(firstStart(null, null, "jdbc:postgresql://localhost/potok").demoEnabled()).isFalse();
        assertThat(firstStart(true, null, "jdbc:postgresql://localhost/potok").demoEnabled()).isTrue();
        assertThat(firstStart(false, null, null).demoEnabled()).isFalse();
    }

    @Test
    void missingAdministratorStopsStart() {
        FirstStart start = firstStart(false, new PotokProperties.Admin("boss@example.com", "", "Acme"), null);

        assertThatThrownBy(() -> start.run(null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("POTOK_ADMIN_PASSWORD");
        verify(organizations, never()).create(any(), any(), eq(false));
    }

    @Test
    void configuredAdministratorGetsEmptyOrganization() {
        when(organizations.create("Acme", ZoneId.of("Europe/Moscow"), false)).thenReturn(42L);
        FirstStart start = firstStart(false, new PotokProperties.Admin("boss@example.com", "s3cret-pass", "Acme"), null);

        start.run(null);

        verify(organizations).createMember(eq(42L), eq(new NewMember("boss@example.com", "boss", "", null, null, true,
                "s3cret-pass", null)));
        verify(demo, never()).load();
    }

    @Test
    void existingOrganizationIsLeftAlone() {
        when(organizations.anyExist()).thenReturn(true);

        firstStart(true, null, null).run(null);

        verify(demo, never()).load();
        verify(pastTasks, never()).create(any(), anyInt());
        verify(organizations, never()).createMember(anyLong(), any());
    }
}
