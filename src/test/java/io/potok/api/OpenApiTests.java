package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.potok.PotokTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

@PotokTest
class OpenApiTests {

    @LocalServerPort
    int port;

    private ApiCaller.Reply get(String path) {
        return ApiCaller.send(RestClient.create("http://127.0.0.1:" + port).get().uri(path), "ru");
    }

    @Test
    void documentDescribesApiPaths() {
        ApiCaller.Reply reply = get("/api/openapi");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode document = reply.json();
        assertThat(document.get("info").get("title").asString()).isEqualTo("Potok API");
        assertThat(document.get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .isEqualTo("bearer");
        assertThat(document.get("paths").propertyNames())
                .contains("/api/v4/auth", "/api/v4/profile", "/api/v4/members", "/api/v4/roles", "/api/v4/orgchart",
                        "/api/v4/catalogs", "/api/v4/catalogs/{id}", "/api/v4/forms", "/api/v4/forms/{id}");
        assertThat(document.get("paths").get("/api/v4/forms").get("get").get("tags").get(0).asString())
                .isEqualTo("Forms");
    }

    @Test
    void referencePageLoads() {
        String location = RestClient.create("http://127.0.0.1:" + port).get().uri("/api/reference")
                .exchange((request, response) -> response.getHeaders().getFirst("Location"));

        assertThat(location).isNotNull();
        ApiCaller.Reply page = get(java.net.URI.create(location).getPath());
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("swagger-ui");
        assertThat(get("/api/openapi/swagger-config").json().get("url").asString()).isEqualTo("/api/openapi");
    }
}
