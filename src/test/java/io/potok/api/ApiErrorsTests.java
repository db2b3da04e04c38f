package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.potok.PotokTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.web.client.RestClient;

@PotokTest
class ApiErrorsTests {

    @LocalServerPort
    int port;

    private record Reply(int status, String body) {
    }

    private Reply post(String path, String json, String language) {
        return RestClient.create("http://127.0.0.1:" + port).post().uri(path)
                .contentType(MediaType.APPLICATION_JSON)
                .header("Accept-Language", language)
                .body(json)
                .exchange((request, response) -> new Reply(response.getStatusCode().value(),
                        response.bodyTo(String.class)));
    }

    @Test
    void authRejectsWrongKey() {
        Reply reply = post("/api/v4/auth", "{\"login\":\"nobody@example.com\",\"security_key\":\"x\"}", "ru");

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.body()).contains("\"error_code\":\"invalid_credentials\"").contains("Неверный логин");
    }

    @Test
    void malformedBodyGetsErrorJsonInEnglish() {
        Reply reply = post("/v4/auth", "{not json", "en");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.body()).contains("\"error_code\":\"invalid_request_body\"").contains("not valid JSON");
        assertThat(reply.body()).doesNotContain("Exception").doesNotContain("at io.potok");
    }
}
