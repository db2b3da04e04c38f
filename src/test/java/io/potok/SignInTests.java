package io.potok;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

@PotokTest
class SignInTests {

    @LocalServerPort
    int port;

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Test
    void loginPageIsRussianByDefault() {
        String body = RestClient.create("http://127.0.0.1:" + port).get().uri("/login")
                .header("Accept-Language", "en-US,en;q=0.9")
                .retrieve().body(String.class);

        assertThat(body).contains("Вход в Potok").contains("name=\"_csrf\"");
    }

    @Test
    void languageLinkSwitchesLoginToEnglish() throws Exception {
        String english = get("/login?lang=en");
        String again = get("/login");

        assertThat(english).contains("Sign in to Potok");
        assertThat(again).contains("Sign in to Potok");
    }

    @Test
    void failedSignInKeepsEmail() throws Exception {
        String form = get("/login");
        String token = csrfToken(form);

        String page = post("/login", "username=retail1%40demo.local&password=wrong&_csrf=" + token);

        assertThat(page).contains("Неверная почта или пароль");
        assertThat(page).contains("value=\"retail1@demo.local\"");
    }

    @Test
    void apiRejectsMissingTokenWithErrorJson() {
        var response = RestClient.create("http://127.0.0.1:" + port).get().uri("/api/v4/forms")
                .exchange((request, reply) -> new Object[] {reply.getStatusCode().value(), reply.bodyTo(String.class)});

        assertThat(response[0]).isEqualTo(401);
        assertThat((String) response[1]).contains("\"error_code\":\"token_not_specified\"");
    }

    private String get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build();
        return browser.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private String post(String path, String form) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return browser.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String csrfToken(String page) {
        Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(matcher.find()).as("CSRF token on the sign-in page").isTrue();
        return matcher.group(1);
    }
}
