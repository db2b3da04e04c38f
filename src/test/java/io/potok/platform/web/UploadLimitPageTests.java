package io.potok.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.potok.PotokTest;
import io.potok.platform.PotokProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An over-limit file sent from the task page, through the real servlet container, as the page's form sends it.
 */
@PotokTest
class UploadLimitPageTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final String BOUNDARY = "potok-test-boundary";

    @LocalServerPort
    int port;

    @Autowired
    PotokProperties properties;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
    }

    private static String csrf(String page) {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("CSRF token on the page").isTrue();
        return token.group(1);
    }

    private String signInAsAdmin() throws IOException, InterruptedException {
        String form = "username=admin%40demo.local&password=demo&_csrf="
                + URLEncoder.encode(csrf(send(request("/login")).body()), StandardCharsets.UTF_8);
        return send(request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))).body();
    }

    /** Builds a multipart body: the CSRF field, a comment text, then the file. */
    private static byte[] multipart(String csrf, String fileName, byte[] content) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"text\"\r\n\r\nСчёт\r\n"
                + "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n";
        body.write(head.getBytes(StandardCharsets.UTF_8));
        body.write(content);
        body.write(("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Test
    void overLimitPageUploadShowsLimit() throws Exception {
        signInAsAdmin();
        HttpResponse<String> created = send(request("/api/v4/auth").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"login\":\"admin@demo.local\",\"security_key\":\"demo-admin-key\"}")));
        String token = created.body().replaceAll(".*\"access_token\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String task = send(request("/api/v4/tasks").header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Проверить счёт\"}"))).body();
        String taskId = task.replaceAll("(?s).*?\"id\"\\s*:\\s*(\\d+).*", "$1");
        String csrf = csrf(send(request("/tasks/" + taskId)).body());
        byte[] tooLarge = new byte[(int) properties.attachmentMaxSize().toBytes() + 1];

        HttpResponse<String> reply = send(request("/tasks/" + taskId + "/comments")
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .header("Accept-Language", "en")
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(csrf, "archive.zip", tooLarge))));

        assertThat(reply.statusCode()).isEqualTo(413);
        assertThat(reply.body()).contains("archive.zip");
        assertThat(reply.body()).contains(properties.attachmentMaxSize().toMegabytes() + " MB");
    }
}
