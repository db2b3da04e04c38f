package io.potok.integrations.internal;

import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.TaskDescriptor;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler tasks behind МойСклад syncs. A recurring check runs every minute and schedules a sync for
 * each organisation whose interval has passed. The sync itself is a one-time task whose instance id is the
 * organisation id. db-scheduler hands each execution to one node only, and an organisation never has two
 * syncs waiting, so each sync runs once however many nodes there are.
 */
@Configuration(proxyBeanMethods = false)
class MoyskladSchedule {

    static final TaskDescriptor<Void> SYNC_TASK = TaskDescriptor.of("moysklad-sync");
    static final String DUE_CHECK_TASK = "moysklad-due-check";

    @Bean
    OneTimeTask<Void> moyskladSyncTask(MoyskladSynchronizer synchronizer) {
        return Tasks.oneTime(SYNC_TASK)
                .execute((instance, context) -> synchronizer.run(Long.parseLong(instance.getId())));
    }

    @Bean
    RecurringTask<Void> moyskladDueCheckTask(ScheduledInventorySync inventorySync) {
        return Tasks.recurring(DUE_CHECK_TASK, FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> inventorySync.scheduleDue());
    }
}
