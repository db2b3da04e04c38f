package io.potok.processes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.potok.PotokTest;
import io.potok.demo.DemoWorkspace;
import io.potok.forms.Form;
import io.potok.forms.Forms;
import io.potok.identity.Members;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks the import page, the template gallery and the export download as the demo administrator, over real
 * HTTP with a session.
 */
@PotokTest
class ProcessPagesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    Forms forms;

    @Autowired
    Members members;

    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Language", "ru").build(), HttpResponse.BodyHandlers.ofString());
    }

    private String post(String path, String csrfSource, String form) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(csrfSource);
        assertThat(csrf.find()).as("CSRF token on the page").isTrue();
        String body = form + "&_csrf=" + encode(csrf.group(1));
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private void signIn(String email) throws IOException, InterruptedException {
        post("/login", get("/login").body(), "username=" + encode(email) + "&password=" + DemoWorkspace.PASSWORD);
    }

    @Test
    void importPageShowsProblemsThenImportsAfterConfirm() throws Exception {
        signIn(DemoWorkspace.ADMIN_EMAIL);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String page = get("/processes/import").body();
        String broken = ProcessDocuments.repair(suffix).replace("  - level: manager\n    everyone: true",
                "  - level: manager\n    member: nobody@nowhere.test");

        String refused = post("/processes/import/preview", page, "text=" + encode(broken));
        String planned = post("/processes/import/preview", page, "text=" + encode(ProcessDocuments.repair(suffix)));
        String imported = post("/processes/import", planned, "text=" + encode(ProcessDocuments.repair(suffix)));

        assertThat(refused).contains("id=\"import-problems\"", "nobody@nowhere.test").doesNotContain("import-confirm");
        assertThat(planned).contains("id=\"import-confirm\"", "Клиенты " + suffix, "Мастера " + suffix);
        assertThat(imported).contains("id=\"process-imported\"", "Ремонт " + suffix);
    }

    @Test
    void importPagePreviewsUploadedFile() throws Exception {
        signIn(DemoWorkspace.ADMIN_EMAIL);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Matcher csrf = CSRF.matcher(get("/processes/import").body());
        assertThat(csrf.find()).isTrue();
        String boundary = "----potok" + suffix;
        String body = "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf.group(1) + "\r\n"
                + "--" + boundary + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"repair.yaml\"\r\n"
                + "Content-Type: application/yaml\r\n\r\n" + ProcessDocuments.repair(suffix) + "\r\n"
                + "--" + boundary + "--\r\n";

        HttpResponse<String> preview = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/processes/import/preview"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body()).contains("id=\"import-confirm\"", "Ремонт " + suffix);
    }

    @Test
    void importPageNamesLineOfMalformedFile() throws Exception {
        signIn(DemoWorkspace.ADMIN_EMAIL);
        String page = get("/processes/import").body();

        String reply = post("/processes/import/preview", page, "text=" + encode("formatVersion: 1\nname: a: b\n"));

        assertThat(reply).contains("id=\"import-error\"", "строка 2");
    }

    @Test
    void galleryListsTemplatesForAdministrator() throws Exception {
        signIn(DemoWorkspace.ADMIN_EMAIL);

        String gallery = get("/processes/templates").body();

        assertThat(gallery).contains("install-orders", "install-client-calls", "install-service-request",
                "install-asset-card", "install-it-help-desk", "Карточка оборудования");
    }

    @Test
    void galleryIsForbiddenToMembers() throws Exception {
        signIn(DemoWorkspace.email("retail1"));

        HttpResponse<String> gallery = get("/processes/templates");

        assertThat(gallery.statusCode()).isEqualTo(403);
    }

    @Test
    void exportDownloadsYamlNamedAfterForm() throws Exception {
        signIn(DemoWorkspace.ADMIN_EMAIL);
        long org = new ProcessFixtures(jdbc, members).demoOrg();
        Form itRequest = forms.list(org).stream()
                .filter(form -> form.name().equals(DemoWorkspace.IT_REQUEST_FORM)).findFirst().orElseThrow();

        HttpResponse<String> download = get("/forms/" + itRequest.id() + "/export?format=yaml");

        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition").orElse(""))
                .contains("attachment", ".yaml");
        assertThat(download.body()).contains("name: " + DemoWorkspace.IT_REQUEST_FORM, "role: ИТ");
        assertThat(get("/forms").body()).contains("export-yaml-" + itRequest.id(), "process-import");
    }
}
