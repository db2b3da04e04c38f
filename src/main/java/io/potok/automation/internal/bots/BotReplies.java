package io.potok.automation.internal.bots;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import io.potok.api.TaskDocuments;
import io.potok.identity.BotAccounts.BotAccount;
import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.platform.PotokException;
import io.potok.tasks.MemberNotFound;
import io.potok.tasks.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Applies a bot's reply, a comment in the shape of {@code POST /tasks/{id}/comments}, to the task as the bot.
 * A reply that cannot be applied is not lost: a comment by the bot on the task explains why. Each of these runs
 * in a transaction of its own, so a rejected reply rolls back only itself.
 */
@Component
class BotReplies {

    private static final Logger log = LoggerFactory.getLogger(BotReplies.class);

    private final TaskDocuments documents;
    private final Tasks tasks;
    private final Members members;
    private final BotNotes notes;
    private final MessageSource messages;
    private final JsonMapper json;
    private final TransactionTemplate newTransaction;

    BotReplies(TaskDocuments documents, Tasks tasks, Members members, BotNotes notes, MessageSource messages,
               JsonMapper json, PlatformTransactionManager transactionManager) {
        this.documents = documents;
        this.tasks = tasks;
        this.members = members;
        this.notes = notes;
        this.messages = messages;
        this.json = json;
        this.newTransaction = new TransactionTemplate(transactionManager);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Applies the reply body when it is not blank; the locale is the one failures are written in. */
    void apply(BotAccount bot, long taskId, byte[] body, Locale locale) {
        String text = new String(body, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return;
        }
        JsonNode reply;
        try {
            reply = json.readTree(text);
        } catch (JacksonException notJson) {
            reject(bot, taskId, locale, messages.getMessage("bots.reply.notJson", null, locale));
            return;
        }
        if (!reply.isObject()) {
            reject(bot, taskId, locale, messages.getMessage("bots.reply.notJson", null, locale));
            return;
        }
        applyComment(bot, taskId, reply, locale);
    }

    private void applyComment(BotAccount bot, long taskId, JsonNode reply, Locale locale) {
        try {
            newTransaction.executeWithoutResult(status -> {
                CurrentMember actor = members.actingAs(bot.orgId(), bot.id())
                        .orElseThrow(() -> new MemberNotFound(bot.id()));
                tasks.change(actor, taskId, documents.change(bot.orgId(), bot.id(), reply));
            });
            log.info("Reply of bot {} applied to task {}", bot.id(), taskId);
        } catch (PotokException rejected) {
            log.warn("Reply of bot {} to task {} rejected: {}", bot.id(), taskId, rejected.code());
            reject(bot, taskId, locale, messages.getMessage(rejected.messageKey(), rejected.arguments(),
                    rejected.code(), locale));
        }
    }

    /** Writes, as the bot, why its reply was not applied. */
    void reject(BotAccount bot, long taskId, Locale locale, String reason) {
        inNewTransaction(() -> notes.replyRejected(bot.orgId(), bot.id(), taskId, locale, reason));
    }

    /** Writes, as the bot, that it did not respond to any of the attempts made. */
    void gaveUp(long orgId, long botId, long taskId, Locale locale, int attempts, String error) {
        inNewTransaction(() -> notes.gaveUp(orgId, botId, taskId, locale, attempts, error));
    }

    private void inNewTransaction(Runnable write) {
        try {
            newTransaction.executeWithoutResult(status -> write.run());
        } catch (PotokException failed) {
            log.error("Comment about a bot could not be written: {}", failed.code(), failed);
        }
    }
}
