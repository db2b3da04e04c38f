package io.potok.automation.internal.bots;

import java.security.GeneralSecurityException;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.potok.api.TaskDocuments;
import io.potok.identity.ApiTokens;
import io.potok.identity.BotAccounts.BotAccount;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the body Potok POSTs to a bot, in the shape Pyrus sends its bots, and signs it.
 */
@Component
class BotRequests {

    private final ApiTokens tokens;
    private final TaskDocuments documents;
    private final JsonMapper json;

    BotRequests(ApiTokens tokens, TaskDocuments documents, JsonMapper json) {
        this.tokens = tokens;
        this.documents = documents;
        this.json = json;
    }

    /**
     * Returns {@code {"event":"comment","access_token","task_id","user_id","task"}} as UTF-8 JSON, with a
     * fresh API token for the bot and the task as the API returns it to the bot.
     *
     * @throws BotKeyRejected when the key no longer obtains a token, because it was regenerated meanwhile
     * @throws io.potok.tasks.TaskNotFound when the task is gone
     * @throws io.potok.tasks.TaskAccessDenied when the bot may no longer see the task
     */
    byte[] body(BotAccount bot, String securityKey, long taskId) {
        String token = tokens.issue(bot.login(), securityKey).orElseThrow(() -> new BotKeyRejected(bot.id()));
        ObjectNode body = json.createObjectNode()
                .put("event", "comment")
                .put("access_token", token)
                .put("task_id", taskId)
                .put("user_id", bot.id());
        body.set("task", documents.task(bot.orgId(), bot.id(), taskId));
        return json.writeValueAsBytes(body);
    }

    /** Returns the hex HMAC-SHA1 of the body keyed with the bot's security key, the {@code X-Pyrus-Sig} value. */
    static String signature(byte[] body, String securityKey) {
        try {
            Mac mac = Mac.getInstance("HmacSHA1");
            mac.init(new SecretKeySpec(securityKey.getBytes(java.nio.charset.StandardCharsets.UTF_8), "HmacSHA1"));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA1 is missing from this JVM", e);
        }
    }

    /** The bot's stored key obtains no API token, which happens when the key is regenerated meanwhile. */
    static final class BotKeyRejected extends RuntimeException {

        BotKeyRejected(long botId) {
            super("Security key of bot " + botId + " obtains no API token");
        }
    }
}
