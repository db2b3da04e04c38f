package io.potok.demo;

import static org.assertj.core.api.Assertions.assertThat;

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
import io.potok.identity.ApiTokens;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Walks the members, catalogs and profile pages as a signed-in demo member, over real HTTP with a session.
 */
@PotokTest
class DemoPagesTests {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApiTokens tokens;

    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL).build();

    private String get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private String post(String path, String csrfSource, String form) throws IOException, InterruptedException {
        Matcher csrf = CSRF.matcher(csrfSource);
        assertThat(csrf.find()).as("CSRF token on the page").isTrue();
        String body = form + "&_csrf=" + URLEncoder.encode(csrf.group(1), StandardCharsets.UTF_8);
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }

    private void signIn(String email) throws IOException, InterruptedException {
        post("/login", get("/login"), "username=" + URLEncoder.encode(email, StandardCharsets.UTF_8) + "&password=demo");
    }

    @Test
    void membersPageListsTeamWithRoles() throws Exception {
        signIn("retail1@demo.local");

        String page = get("/members");

        assertThat(page).contains("director@demo.local");
        assertThat(page).contains("Менеджеры: розница");
        assertThat(page).contains("Отдел продаж");
    }

    @Test
    void catalogPagesPageThroughClients() throws Exception {
        signIn("retail1@demo.local");
        long clients = jdbc.sql("""
                select c.id from catalogs c join organizations o on o.id = c.org_id
                 where o.is_demo and c.name = 'Клиенты'
                """).query(Long.class).single();

        String list = get("/catalogs");
        String first = get("/catalogs/" + clients);

        assertThat(list).contains("/catalogs/" + clients).contains("Товары");
        assertThat(first).contains("Регион").contains("id=\"next-page\"");
        assertThat(first.split("<tr data-item=", -1)).hasSize(1 + 50);
    }

    @Test
    void catalogOfOtherOrganizationIsNotShown() throws Exception {
        long otherOrg = jdbc.sql("insert into organizations (name) values ('Other catalogs org') returning id")
                .query(Long.class).single();
        long foreign = jdbc.sql("insert into catalogs (org_id, name, headers) values (:org, 'Секретный', '[{\"name\":\"K\",\"type\":\"text\"}]') returning id")
                .param("org", otherOrg).query(Long.class).single();
        signIn("retail1@demo.local");

        String page = get("/catalogs/" + foreign);

        assertThat(page).doesNotContain("Секретный");
        assertThat(get("/catalogs")).doesNotContain("Секретный");
    }

    @Test
    void profileSwitchesLanguageAtOnce() throws Exception {
        signIn("it3@demo.local");
        String profile = get("/profile");
        assertThat(profile).contains("Язык интерфейса");

        String switched = post("/profile/locale", profile, "locale=en");

        assertThat(switched).contains("Interface language").contains("Language saved.");
        String stored = jdbc.sql("select locale from members where email = 'it3@demo.local'").query(String.class).single();
        assertThat(stored).isEqualTo("en");
    }

    @Test
    void profileShowsNewSecurityKeyOnce() throws Exception {
        signIn("courier2@demo.local");
        String profile = get("/profile");

        String reset = post("/profile/security-key", profile, "");

        Matcher key = Pattern.compile("id=\"new-security-key\">([^<]+)<").matcher(reset);
        assertThat(key.find()).isTrue();
        assertThat(tokens.issue("courier2@demo.local", key.group(1))).isPresent();
        assertThat(tokens.issue("courier2@demo.local", "demo-courier2-key")).isEmpty();
        assertThat(get("/profile")).doesNotContain(key.group(1));
    }
}
