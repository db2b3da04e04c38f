package io.potok;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@PotokTest
class SignInTests {

    @LocalServerPort
    int port;

    @Test
    void loginPageIsRussianByDefault() {
        String body = RestClient.create("http://127.0.0.1:" + port).get().uri("/login")
                .retrieve().body(String.class);

        assertThat(body).contains("Вход в Potok").contains("name=\"_csrf\"");
    }

    @Test
    void apiRejectsMissingTokenWithErrorJson() {
        var response = RestClient.create("http://127.0.0.1:" + port).get().uri("/api/v4/forms")
                .exchange((request, reply) -> new Object[] {reply.getStatusCode().value(), reply.bodyTo(String.class)});

        assertThat(response[0]).isEqualTo(401);
        assertThat((String) response[1]).contains("\"error_code\":\"token_not_specified\"");
    }
}
