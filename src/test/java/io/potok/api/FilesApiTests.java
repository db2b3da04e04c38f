package io.potok.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import io.potok.platform.PotokProperties;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.JsonNode;

@PotokTest
class FilesApiTests {

    private static final byte[] CONTENT = "Счёт на оплату № 42".getBytes(StandardCharsets.UTF_8);

    @LocalServerPort
    int port;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    PotokProperties properties;

    private record Setup(ApiCaller author, ApiCaller outsider, long taskId) {
    }

    private Setup setup() {
        TestOrganizations people = new TestOrganizations(jdbc);
        long org = people.organization();
        ApiCaller author = ApiCaller.create(jdbc, port, org, people.department(org, null, null), false);
        ApiCaller outsider = ApiCaller.create(jdbc, port, org, people.department(org, null, null), false);
        long taskId = author.post("/api/v4/tasks", "{\"text\": \"Оплатить счёт\"}").json()
                .get("task").get("id").asLong();
        return new Setup(author, outsider, taskId);
    }

    private static String md5(byte[] content) throws Exception {
        return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("MD5").digest(content));
    }

    private static JsonNode attach(Setup setup, String guid) {
        ApiCaller.Reply reply = setup.author().post("/api/v4/tasks/" + setup.taskId() + "/comments",
                "{\"text\": \"Счёт\", \"attachments\": [{\"guid\": \"%s\"}]}".formatted(guid));
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return reply.json().get("task").get("attachments").get(0);
    }

    @Test
    void uploadReturnsGuidAndMd5() throws Exception {
        Setup setup = setup();

        ApiCaller.Reply reply = setup.author().upload("/api/v4/files/upload", "счёт.txt", CONTENT);

        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        assertThat(reply.json().get("guid").asString()).matches("[0-9a-f-]{36}");
        assertThat(reply.json().get("md5_hash").asString()).isEqualTo(md5(CONTENT));
    }

    @Test
    void attachedFileDownloadsByIdAndGuid() throws Exception {
        Setup setup = setup();
        String guid = setup.author().upload("/v4/files/upload", "счёт.txt", CONTENT).json().get("guid").asString();

        JsonNode attachment = attach(setup, guid);
        ApiCaller.Download byId = setup.author().download("/api/v4/files/download/" + attachment.get("id").asLong());
        ApiCaller.Download byGuid = setup.author().download("/v4/files/download/" + guid);

        assertThat(attachment.get("name").asString()).isEqualTo("счёт.txt");
        assertThat(attachment.get("size").asLong()).isEqualTo(CONTENT.length);
        assertThat(attachment.get("md5").asString()).isEqualTo(md5(CONTENT));
        assertThat(attachment.get("url").asString()).endsWith("/api/v4/files/download/" + attachment.get("id"));
        assertThat(byId.status()).isEqualTo(200);
        assertThat(byId.content()).isEqualTo(CONTENT);
        assertThat(byId.disposition()).contains("attachment");
        assertThat(byGuid.status()).isEqualTo(200);
        assertThat(byGuid.content()).isEqualTo(CONTENT);
    }

    @Test
    void memberOfAnotherTeamCannotDownload() {
        Setup setup = setup();
        String guid = setup.author().upload("/api/v4/files/upload", "счёт.txt", CONTENT).json().get("guid").asString();
        long id = attach(setup, guid).get("id").asLong();

        ApiCaller.Download byId = setup.outsider().download("/api/v4/files/download/" + id);
        ApiCaller.Download byGuid = setup.outsider().download("/api/v4/files/download/" + guid);

        assertThat(byId.status()).isIn(403, 404);
        assertThat(byGuid.status()).isIn(403, 404);
        assertThat(byId.content()).isNotEqualTo(CONTENT);
    }

    @Test
    void unknownFileIsNotFound() {
        Setup setup = setup();

        ApiCaller.Download reply = setup.author().download("/api/v4/files/download/not-a-file");

        assertThat(reply.status()).isEqualTo(404);
    }

    @Test
    void overLimitUploadIsRejectedWithLimit() {
        Setup setup = setup();
        DataSize limit = properties.attachmentMaxSize();
        byte[] tooLarge = new byte[(int) limit.toBytes() + 1];

        ApiCaller.Reply russian = setup.author().upload("/api/v4/files/upload", "архив.zip", tooLarge);

        assertThat(russian.status()).isEqualTo(413);
        assertThat(russian.json().get("error_code").asString()).isEqualTo("attachment_too_large");
        assertThat(russian.json().get("error").asString()).contains("«архив.zip»").contains(limit.toMegabytes() + " MB");
    }
}
