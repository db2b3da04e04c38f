package io.potok.integrations.internal;

import java.time.Clock;

import com.github.kagkarlsson.scheduler.SchedulerClient;
import io.potok.integrations.InventorySync;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Schedules МойСклад syncs as db-scheduler executions, on request ("sync now") and when an organisation's
 * interval has passed.
 */
@Component
class ScheduledInventorySync implements InventorySync {

    private static final Logger log = LoggerFactory.getLogger(ScheduledInventorySync.class);

    private final SchedulerClient scheduler;
    private final MoyskladConnections connections;
    private final Clock clock;

    // The scheduler is built from the task beans, and the due check task needs this bean, so it comes lazily.
    ScheduledInventorySync(@Lazy SchedulerClient scheduler, MoyskladConnections connections, Clock clock) {
        this.scheduler = scheduler;
        this.connections = connections;
        this.clock = clock;
    }

    @Override
    public void requestSync(long orgId) {
        boolean scheduled = scheduler.scheduleIfNotExists(
                MoyskladSchedule.SYNC_TASK.instance(String.valueOf(orgId)).build(), clock.instant());
        log.info("МойСклад sync of organisation {} requested{}", orgId, scheduled ? "" : "; one is already waiting");
    }

    /** Schedules a sync for every enabled organisation whose interval has passed since its last try. */
    void scheduleDue() {
        for (long orgId : connections.dueOrgIds(clock.instant())) {
            requestSync(orgId);
        }
    }
}
