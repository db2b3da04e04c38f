package io.potok.automation.internal.bots;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.potok.identity.CurrentMember;
import io.potok.identity.Members;
import io.potok.tasks.TaskChange;
import io.potok.tasks.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Writes bot failures onto the task as comments by the bot, so the people working on the task learn of them.
 * The failures are a bot that did not respond, a reply that could not be applied, and a chain of bots stopped.
 * Comments are written in the current transaction.
 */
@Component
class BotNotes {

    private static final Logger log = LoggerFactory.getLogger(BotNotes.class);

    private final Members members;
    private final Tasks tasks;
    private final MessageSource messages;

    BotNotes(Members members, Tasks tasks, MessageSource messages) {
        this.members = members;
        this.tasks = tasks;
        this.messages = messages;
    }

    void gaveUp(long orgId, long botId, long taskId, Locale locale, int attempts, String error) {
        write(orgId, botId, taskId, bot -> text("bots.note.gaveUp", locale, bot.displayName(), attempts, error));
    }

    void replyRejected(long orgId, long botId, long taskId, Locale locale, String reason) {
        write(orgId, botId, taskId, bot -> text("bots.note.replyRejected", locale, bot.displayName(), reason));
    }

    /** Notes, as the bot whose change was not passed on, why the bots named were not sent the task. */
    void chainStopped(long orgId, long actingBotId, long taskId, List<String> botNames, int maxHandOffs) {
        write(orgId, actingBotId, taskId, bot -> text("bots.note.chainStopped", bot.locale(),
                String.join("», «", botNames), maxHandOffs));
    }

    private void write(long orgId, long botId, long taskId, java.util.function.Function<CurrentMember, String> text) {
        Optional<CurrentMember> bot = members.actingAs(orgId, botId);
        if (bot.isEmpty()) {
            log.warn("Bot {} is blocked or deleted, so no comment about it was written on task {}", botId, taskId);
            return;
        }
        tasks.change(bot.get(), taskId, TaskChange.comment(text.apply(bot.get())));
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
