package io.potok.automation.internal.schedules;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler checks behind schedules. Each runs every minute on one node at a time; the claims in
 * {@code recurring_occurrences} and the row locks in {@code cadence_items} keep tasks single even when two
 * checks overlap. Setting {@code potok.schedules.enabled=false} stops them on a node, as the tests do so that
 * the demo's call cadences do not create tasks while other tests count them.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "potok.schedules.enabled", havingValue = "true", matchIfMissing = true)
class ScheduleJobs {

    @Bean
    RecurringTask<Void> recurringTasksCheck(RecurringTasks recurringTasks, Clock clock) {
        return Tasks.recurring("schedules-recurring-check", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> recurringTasks.runDue(clock.instant()));
    }

    @Bean
    RecurringTask<Void> cadenceTasksCheck(CadenceTasks cadenceTasks, Clock clock) {
        return Tasks.recurring("schedules-cadence-check", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> cadenceTasks.runDue(clock.instant()));
    }
}
