package io.potok.demo.internal;

import static io.potok.demo.DemoWorkspace.*;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import io.potok.demo.internal.TaskPlan.PlannedChange;
import io.potok.tasks.TaskChange;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Plans a few dozen past requests to the IT team from members outside it. Most were approved by an IT
 * engineer within three days; those from the last week may still be open.
 */
final class ItRequestPlanner {

    static final int COUNT = 40;

    private static final List<String> AUTHORS = List.of("director", "sales", "retail1", "retail2", "distributor1",
            "marketplace2", "warehouse", "moscow1", "spb2", "ekb1", "nsk2", "logistics1", "courier2");
    private static final List<List<String>> SUBJECTS = List.of(
            List.of("Не открывается карточка клиента в CRM", "Добавить поле «Канал» в CRM", "Дубли клиентов в CRM"),
            List.of("Не выгружаются счета в учётную систему", "Ошибка при проведении УПД", "Нужен доступ к отчётам"),
            List.of("Остатки на маркетплейсе не обновились", "Заказы с маркетплейса не загружаются",
                    "Сменить ключ API маркетплейса"),
            List.of("Не печатает принтер на складе", "Нужен ноутбук новому сотруднику", "Сканер штрихкодов не работает"));

    private final Instant now;
    private final Random random;

    ItRequestPlanner(Instant now, Random random) {
        this.now = now;
        this.random = random;
    }

    List<TaskPlan> plan() {
        List<TaskPlan> plans = new ArrayList<>();
        for (int i = 0; i < COUNT; i++) {
            plans.add(planOne());
        }
        plans.sort(Comparator.comparing(TaskPlan::createdAt));
        return plans;
    }

    private TaskPlan planOne() {
        int category = 1 + random.nextInt(SUBJECTS.size());
        List<String> subjects = SUBJECTS.get(category - 1);
        String subject = subjects.get(random.nextInt(subjects.size()));
        String author = AUTHORS.get(random.nextInt(AUTHORS.size()));
        Instant createdAt = now.minus(Duration.ofMinutes(60 + random.nextInt(180 * 24 * 60)));

        List<JsonNode> fields = List.of(
                OrderFields.field(IT_SUBJECT, JsonNodeFactory.instance.stringNode(subject)),
                OrderFields.field(IT_CATEGORY, OrderFields.choice(category)));
        List<PlannedChange> changes = new ArrayList<>();
        Instant decidedAt = createdAt.plus(Duration.ofMinutes(30 + random.nextInt(72 * 60)));
        String engineer = "it" + (1 + random.nextInt(3));
        if (decidedAt.isBefore(now.minus(Duration.ofDays(2)))) {
            changes.add(new PlannedChange(engineer, decidedAt, TaskChange.approve().withText("Сделано, проверьте")));
        }
        return new TaskPlan(author, createdAt, fields, changes);
    }
}
