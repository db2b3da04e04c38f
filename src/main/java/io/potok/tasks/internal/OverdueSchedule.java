package io.potok.tasks.internal;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task that runs the overdue sweep every minute on one node of the cluster. A run missed
 * while every node was down is caught up by the next one, because the sweep looks for every passed due
 * moment not yet published, not only those of the last minute.
 */
@Configuration(proxyBeanMethods = false)
class OverdueSchedule {

    static final String SWEEP_TASK = "tasks-overdue-sweep";

    @Bean
    RecurringTask<Void> overdueSweepTask(OverdueSweep sweep, Clock clock) {
        return Tasks.recurring(SWEEP_TASK, FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> sweep.publishOverdue(clock.instant()));
    }
}
