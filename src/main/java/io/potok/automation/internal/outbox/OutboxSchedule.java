package io.potok.automation.internal.outbox;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks that drive the outbox. A one-time task whose instance id is the delivery id makes the
 * first attempt right after the enqueuing transaction commits. A recurring poll, which db-scheduler runs on one
 * node at a time, makes every due retry and picks up messages left pending by a restart.
 */
@Configuration(proxyBeanMethods = false)
class OutboxSchedule {

    static final TaskDescriptor<Void> DELIVERY_TASK = TaskDescriptor.of("outbox-delivery");
    static final String POLL_TASK = "outbox-poll";
    static final Duration POLL_INTERVAL = Duration.ofSeconds(5);

    @Bean
    OneTimeTask<Void> outboxDeliveryTask(OutboxDispatcher dispatcher, Clock clock) {
        return Tasks.oneTime(DELIVERY_TASK)
                .execute((instance, context) -> dispatcher.deliverIfDue(UUID.fromString(instance.getId()),
                        clock.instant()));
    }

    @Bean
    RecurringTask<Void> outboxPollTask(OutboxDispatcher dispatcher, Clock clock) {
        return Tasks.recurring(POLL_TASK, FixedDelay.of(POLL_INTERVAL))
                .execute((instance, context) -> dispatcher.runDue(clock.instant()));
    }
}
