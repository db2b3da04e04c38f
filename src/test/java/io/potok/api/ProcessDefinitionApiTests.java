package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.forms.AccessLevel;
import io.potok.forms.Form;
import io.potok.forms.FormGrant;
import io.potok.forms.Forms;
import io.potok.processes.ProcessDocuments;
import io.potok.processes.RejectingCheck;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PotokTest
class ProcessDefinitionApiTests {

    private static final MediaType YAML = MediaType.parseMediaType("application/yaml");

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Forms forms;

    private record Setup(long org, ApiCaller admin, ApiCaller member, ApiCaller formAdmin, String suffix) {
    }

    private Setup setup() {
        long org = new TestOrganizations(jdbc).organization();
        return new Setup(org, ApiCaller.create(jdbc, port, org, null, true),
                ApiCaller.create(jdbc, port, org, null, false), ApiCaller.create(jdbc, port, org, null, false),
                UUID.randomUUID().toString().substring(0, 8));
    }

    private static ApiCaller.Reply send(ApiCaller caller, String method, String path, MediaType type, String body) {
        var request = caller.http().method(org.springframework.http.HttpMethod.valueOf(method)).uri(path)
                .header("Authorization", "Bearer " + caller.token())
                .contentType(type)
                .body(body.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return ApiCaller.send(request, "en");
    }

    private static ApiCaller.Reply get(ApiCaller caller, String path, String accept) {
        var request = caller.http().get().uri(path)
                .header("Authorization", "Bearer " + caller.token())
                .header("Accept", accept);
        return ApiCaller.send(request, "en");
    }

    private long createFromYaml(Setup setup) {
        ApiCaller.Reply created = send(setup.admin(), "POST", "/api/v4/forms/definition", YAML,
                ProcessDocuments.repair(setup.suffix()));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return created.json().get("id").asLong();
    }

    @Test
    void postCreatesFormFromYaml() {
        Setup setup = setup();

        long id = createFromYaml(setup);

        Form form = forms.find(setup.org(), id).orElseThrow();
        assertThat(form.name()).isEqualTo("Ремонт " + setup.suffix());
        assertThat(form.definition().fields()).hasSize(2);
    }

    @Test
    void getReturnsJsonOrYaml() {
        Setup setup = setup();
        long id = createFromYaml(setup);

        ApiCaller.Reply json = setup.admin().get("/api/v4/forms/" + id + "/definition");
        ApiCaller.Reply yamlByAccept = get(setup.admin(), "/api/v4/forms/" + id + "/definition", "application/yaml");
        ApiCaller.Reply yamlByParameter = setup.admin().get("/v4/forms/" + id + "/definition?format=yaml");

        assertThat(json.status()).isEqualTo(200);
        assertThat(json.json().get("formatVersion").asInt()).isEqualTo(1);
        assertThat(json.json().get("name").asString()).isEqualTo("Ремонт " + setup.suffix());
        assertThat(json.json().get("definition").get("fields").get(0).get("info").get("catalog").asString())
                .isEqualTo("Клиенты " + setup.suffix());
        assertThat(yamlByAccept.status()).isEqualTo(200);
        assertThat(yamlByAccept.body()).contains("formatVersion: 1", "catalog: Клиенты " + setup.suffix());
        assertThat(yamlByParameter.body()).isEqualTo(yamlByAccept.body());
    }

    @Test
    void putPublishesNextVersionFromJson() {
        Setup setup = setup();
        long id = createFromYaml(setup);
        JsonNode document = setup.admin().get("/api/v4/forms/" + id + "/definition").json();
        String changed = document.toString().replace("\"Неисправность\"", "\"Описание неисправности\"");

        ApiCaller.Reply published = send(setup.admin(), "PUT", "/v4/forms/" + id + "/definition",
                MediaType.APPLICATION_JSON, changed);

        assertThat(published.status()).as(published.body()).isEqualTo(200);
        Form form = forms.find(setup.org(), id).orElseThrow();
        assertThat(form.version()).isEqualTo(2);
        assertThat(form.definition().field(2).orElseThrow().name()).isEqualTo("Описание неисправности");
    }

    @Test
    void putRejectedDefinitionAnswers422WithProblems() {
        Setup setup = setup();
        long id = createFromYaml(setup);
        String rejected = ProcessDocuments.repair(setup.suffix(), """
                    - id: 3
                      name: Отклоняемое
                      code: %s
                      type: text
                """.formatted(RejectingCheck.REJECTED_CODE));

        ApiCaller.Reply reply = send(setup.admin(), "PUT", "/api/v4/forms/" + id + "/definition", YAML, rejected);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("form_definition_invalid");
        assertThat(reply.json().get("problems").get(0).get("code").asString()).isEqualTo("test_rejection");
        assertThat(forms.find(setup.org(), id).orElseThrow().version()).isEqualTo(1);
    }

    @Test
    void postUnresolvedReferenceAnswers422WithProblems() {
        Setup setup = setup();
        String document = ProcessDocuments.repair(setup.suffix()).replace("  - level: manager\n    everyone: true",
                "  - level: manager\n    member: nobody@nowhere.test");

        ApiCaller.Reply reply = send(setup.admin(), "POST", "/api/v4/forms/definition", YAML, document);

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("process_references_unresolved");
        assertThat(reply.json().get("problems").get(0).get("code").asString()).isEqualTo("access_member_not_found");
        assertThat(reply.json().get("error").asString()).contains("nobody@nowhere.test");
        assertThat(forms.list(setup.org())).isEmpty();
    }

    @Test
    void malformedBodyAnswers400WithLine() {
        Setup setup = setup();

        ApiCaller.Reply reply = send(setup.admin(), "POST", "/api/v4/forms/definition", YAML,
                "formatVersion: 1\nname: a: b\n");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("error_code").asString()).isEqualTo("process_file_invalid");
        assertThat(reply.json().get("error").asString()).contains("line 2");
    }

    @Test
    void nonAdministratorGets403() {
        Setup setup = setup();
        long id = createFromYaml(setup);
        forms.grant(setup.org(), id, FormGrant.member(setup.member().memberId, AccessLevel.MANAGER));
        String document = setup.admin().get("/api/v4/forms/" + id + "/definition").body();

        ApiCaller.Reply read = setup.member().get("/api/v4/forms/" + id + "/definition");
        ApiCaller.Reply readYaml = get(setup.member(), "/api/v4/forms/" + id + "/definition", "application/yaml");
        ApiCaller.Reply publish = send(setup.member(), "PUT", "/api/v4/forms/" + id + "/definition",
                MediaType.APPLICATION_JSON, document);
        ApiCaller.Reply create = send(setup.member(), "POST", "/api/v4/forms/definition",
                MediaType.APPLICATION_JSON, document);

        assertThat(read.status()).isEqualTo(403);
        assertThat(read.json().get("error_code").asString()).isEqualTo("process_access_denied");
        assertThat(readYaml.status()).isEqualTo(403);
        assertThat(readYaml.json().get("error_code").asString()).isEqualTo("process_access_denied");
        assertThat(publish.status()).isEqualTo(403);
        assertThat(create.status()).isEqualTo(403);
        assertThat(create.json().get("error_code").asString()).isEqualTo("process_import_denied");
    }

    @Test
    void formAdministratorReadsAndPublishes() {
        Setup setup = setup();
        long id = createFromYaml(setup);
        forms.grant(setup.org(), id, FormGrant.member(setup.formAdmin().memberId, AccessLevel.ADMIN));

        ApiCaller.Reply read = setup.formAdmin().get("/api/v4/forms/" + id + "/definition");
        ApiCaller.Reply publish = send(setup.formAdmin(), "PUT", "/api/v4/forms/" + id + "/definition",
                MediaType.APPLICATION_JSON, read.body());

        assertThat(read.status()).isEqualTo(200);
        assertThat(publish.status()).as(publish.body()).isEqualTo(200);
        assertThat(forms.find(setup.org(), id).orElseThrow().version()).isEqualTo(2);
    }

    @Test
    void openApiDescribesDefinitionPaths() {
        Setup setup = setup();

        JsonNode paths = ApiCaller.send(setup.admin().http().get().uri("/api/openapi"), "en").json().get("paths");

        assertThat(paths.propertyNames()).contains("/api/v4/forms/{id}/definition", "/api/v4/forms/definition");
        assertThat(paths.get("/api/v4/forms/{id}/definition").has("put")).isTrue();
    }
}
