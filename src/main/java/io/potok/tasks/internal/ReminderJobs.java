package io.potok.tasks.internal;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The db-scheduler check that fires due reminders every minute, on one node at a time. */
@Configuration(proxyBeanMethods = false)
class ReminderJobs {

    @Bean
    RecurringTask<Void> reminderCheck(ReminderFiring firing, Clock clock) {
        return Tasks.recurring("task-reminders-check", FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> firing.fireDue(clock.instant()));
    }
}
