package io.potok.automation.internal.rules;

import java.time.Clock;
import java.time.Duration;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task that checks every minute for due schedule-triggered rules. db-scheduler runs a
 * recurring task on one node at a time, and occurrences are claimed in a table besides.
 */
@Configuration(proxyBeanMethods = false)
class RuleSchedule {

    static final String DUE_CHECK_TASK = "rules-schedule-check";

    @Bean
    RecurringTask<Void> ruleScheduleCheckTask(ScheduledRules rules, Clock clock) {
        return Tasks.recurring(DUE_CHECK_TASK, FixedDelay.of(Duration.ofMinutes(1)))
                .execute((instance, context) -> rules.runDue(clock.instant()));
    }
}
