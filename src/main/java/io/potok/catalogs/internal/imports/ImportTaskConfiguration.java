package io.potok.catalogs.internal.imports;

import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The db-scheduler task that runs confirmed imports. Its executions live in {@code scheduled_tasks}, so an
 * import runs on one node, and one whose node stopped is picked up again once its heartbeat goes stale.
 */
@Configuration
class ImportTaskConfiguration {

    static final String TASK_NAME = "catalog-import";

    @Bean
    OneTimeTask<Long> catalogImportTask(ImportRunner runner) {
        return Tasks.oneTime(TASK_NAME, Long.class)
                .execute((instance, context) -> runner.run(instance.getData()));
    }
}
