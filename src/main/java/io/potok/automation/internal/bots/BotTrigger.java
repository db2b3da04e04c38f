package io.potok.automation.internal.bots;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.potok.automation.internal.outbox.Outbox;
import io.potok.automation.internal.outbox.OutboundMessage;
import io.potok.identity.BotAccounts;
import io.potok.identity.BotAccounts.BotAccount;
import io.potok.identity.CurrentMember;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.tasks.TaskChange;
import io.potok.tasks.TaskChanged;
import io.potok.tasks.TaskSnapshot;
import io.potok.tasks.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Queues a task for the bots it reaches with a change: bots that start waiting as approvers of the current
 * step and bots mentioned in the change's comment. A bot is never sent its own change, a blocked bot is sent
 * nothing, and after {@link #MAX_HAND_OFFS} hand-offs in a row from bot to bot the task is not sent until a
 * person changes it.
 */
@Component
class BotTrigger {

    /** Hand-offs from one bot's change to a bot allowed in a row on one task. */
    static final int MAX_HAND_OFFS = 3;

    private static final Logger log = LoggerFactory.getLogger(BotTrigger.class);

    private final Members members;
    private final BotAccounts bots;
    private final BotWaits waits;
    private final BotChains chains;
    private final BotNotes notes;
    private final Outbox outbox;
    private final Tasks tasks;

    BotTrigger(Members members, BotAccounts bots, BotWaits waits, BotChains chains, BotNotes notes, Outbox outbox,
               Tasks tasks) {
        this.members = members;
        this.bots = bots;
        this.waits = waits;
        this.chains = chains;
        this.notes = notes;
        this.outbox = outbox;
        this.tasks = tasks;
    }

    @EventListener
    void on(TaskChanged event) {
        TaskSnapshot task = event.task();
        Map<Long, BotAccount> orgBots = mayReachBots(event) ? activeBots(task.orgId()) : Map.of();
        Set<Long> waitingBotIds = waitingBots(event, orgBots);
        waits.keepOnly(task.taskId(), waitingBotIds);

        boolean byBot = members.find(task.orgId(), event.actorId()).map(Member::bot).orElse(false);
        if (!byBot) {
            chains.reset(task.taskId());
        }
        Map<Long, String> recipients = recipients(event, orgBots, waitingBotIds);
        if (recipients.isEmpty() || (byBot && chainStopped(event, recipients, orgBots))) {
            return;
        }
        recipients.forEach((botId, reason) -> send(event, orgBots.get(botId), reason));
    }

    private static boolean mayReachBots(TaskChanged event) {
        String comment = event.facts().commentText();
        return !event.facts().waitingApproverIds().isEmpty() || (comment != null && comment.indexOf('@') >= 0);
    }

    private Map<Long, BotAccount> activeBots(long orgId) {
        Map<Long, BotAccount> active = new LinkedHashMap<>();
        bots.list(orgId).stream().filter(bot -> !bot.blocked()).forEach(bot -> active.put(bot.id(), bot));
        return active;
    }

    private static Set<Long> waitingBots(TaskChanged event, Map<Long, BotAccount> orgBots) {
        Set<Long> waiting = new java.util.LinkedHashSet<>(event.facts().waitingApproverIds());
        waiting.retainAll(orgBots.keySet());
        return waiting;
    }

    /** Returns the bots to send the task to, each with why: {@code approval} or {@code mention}. */
    private Map<Long, String> recipients(TaskChanged event, Map<Long, BotAccount> orgBots, Set<Long> waitingBotIds) {
        Map<Long, String> recipients = new LinkedHashMap<>();
        int step = currentStep(event.task());
        for (long botId : waitingBotIds) {
            if (!waits.sent(event.task().taskId(), botId, step)) {
                recipients.put(botId, "approval");
            }
        }
        for (BotAccount bot : BotMentions.in(event.facts().commentText(), orgBots.values())) {
            recipients.putIfAbsent(bot.id(), "mention");
        }
        recipients.remove(event.actorId());
        return recipients;
    }

    /**
     * Counts a hand-off from the acting bot and returns whether the chain has gone past the limit. The first
     * time it does, a comment by the acting bot says why the task was not sent.
     */
    private boolean chainStopped(TaskChanged event, Map<Long, String> recipients, Map<Long, BotAccount> orgBots) {
        TaskSnapshot task = event.task();
        int handOffs = chains.handOff(task.orgId(), task.taskId());
        if (handOffs <= MAX_HAND_OFFS) {
            return false;
        }
        log.warn("Task {} not sent to bots {}: {} hand-offs in a row between bots", task.taskId(),
                recipients.keySet(), handOffs);
        if (handOffs == MAX_HAND_OFFS + 1) {
            List<String> names = recipients.keySet().stream().map(id -> orgBots.get(id).name()).toList();
            notes.chainStopped(task.orgId(), event.actorId(), task.taskId(), names, MAX_HAND_OFFS);
        }
        return true;
    }

    private void send(TaskChanged event, BotAccount bot, String reason) {
        TaskSnapshot task = event.task();
        Optional<CurrentMember> actor = members.actingAs(task.orgId(), event.actorId());
        if ("approval".equals(reason)) {
            waits.record(task.orgId(), task.taskId(), bot.id(), currentStep(task));
        } else if (!task.participantIds().contains(bot.id()) && actor.isPresent()) {
            // A mentioned bot must see the task to read it and reply, so the mention subscribes it.
            tasks.change(actor.get(), task.taskId(), TaskChange.subscribe(Set.of(bot.id()), Set.of()));
        }

        ObjectNode payload = JsonNodeFactory.instance.objectNode()
                .put("reason", reason)
                .put("locale", actor.map(member -> member.locale().toLanguageTag()).orElse("ru"));
        outbox.enqueue(new OutboundMessage(task.orgId(), BotHandler.KIND, String.valueOf(bot.id()), task.taskId(),
                payload));
        log.info("Task {} queued for bot {} ({})", task.taskId(), bot.id(), reason);
    }

    private static int currentStep(TaskSnapshot task) {
        return task.currentStep() == null ? 0 : task.currentStep();
    }
}
