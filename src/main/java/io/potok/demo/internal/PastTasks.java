package io.potok.demo.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import io.potok.catalogs.CatalogItem;
import io.potok.catalogs.Catalogs;
import io.potok.catalogs.StockLevels;
import io.potok.demo.DemoWorkspaceLoaded;
import io.potok.demo.internal.TaskPlan.PlannedChange;
import io.potok.identity.Member;
import io.potok.identity.Members;
import io.potok.tasks.NewTask;
import io.potok.tasks.Tasks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionOperations;

/**
 * Creates the demo workspace's past orders and IT requests through the tasks module's import API, which
 * validates the values and runs the route as for any task, at the planned times and as the planned members.
 * Each batch of {@value #BATCH} tasks commits in its own transaction: one transaction for all of them got
 * slower with every thousand orders.
 */
@Component
class PastTasks {

    static final int ORDER_COUNT = 5_000;

    /** Seed of the past tasks, apart from the workspace's seed so that adding tasks left the workspace as it was. */
    static final long SEED = 20_240_602L;

    private static final Logger log = LoggerFactory.getLogger(PastTasks.class);
    static final int BATCH = 500;
    private static final int PROGRESS_EVERY = 1_000;

    private final Tasks tasks;
    private final Catalogs catalogs;
    private final Members members;
    private final TransactionOperations transactions;
    private final Clock clock;
    private final StockLevels stock;

    PastTasks(Tasks tasks, Catalogs catalogs, Members members, TransactionOperations transactions, Clock clock,
              StockLevels stock) {
        this.stock = stock;
        this.tasks = tasks;
        this.catalogs = catalogs;
        this.members = members;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * Creates the orders and IT requests in a workspace loaded and committed before.
     *
     * @param orderCount how many orders to create
     */
    void create(DemoWorkspaceLoaded workspace, int orderCount) {
        long started = System.nanoTime();
        Instant now = clock.instant();
        Random random = new Random(SEED);
        Map<String, Long> members = membersByLocalPart(workspace.orgId());
        List<CatalogItem> clients = catalogs.items(workspace.orgId(), workspace.clientsCatalogId(), false);
        List<CatalogItem> products = catalogs.items(workspace.orgId(), workspace.productsCatalogId(), false);

        List<TaskPlan> orders = new TaskPlanner(clients, products, now, random).plan(orderCount);
        DemoStock demoStock = new DemoStock(stock, workspace.orgId(), workspace.productsCatalogId());
        Map<String, Map<String, BigDecimal>> initialStock = demoStock.addPlenty(products);
        importAll(workspace.orgId(), workspace.ordersFormId(), members, orders, "orders");
        demoStock.restore(products, initialStock);
        List<TaskPlan> requests = new ItRequestPlanner(now, random).plan();
        importAll(workspace.orgId(), workspace.itRequestFormId(), members, requests, "IT requests");

        log.info("Created {} past orders and {} IT requests in organisation {} in {} ms", orders.size(),
                requests.size(), workspace.orgId(), (System.nanoTime() - started) / 1_000_000);
    }

    private void importAll(long orgId, long formId, Map<String, Long> members, List<TaskPlan> plans, String kind) {
        for (int from = 0; from < plans.size(); from += BATCH) {
            List<TaskPlan> batch = plans.subList(from, Math.min(from + BATCH, plans.size()));
            transactions.executeWithoutResult(status -> batch.forEach(plan -> importOne(orgId, formId, members, plan)));

            int done = from + batch.size();
            if (done % PROGRESS_EVERY == 0) {
                log.info("Created {} of {} past {} in organisation {}", done, plans.size(), kind, orgId);
            }
        }
    }

    private void importOne(long orgId, long formId, Map<String, Long> members, TaskPlan plan) {
        long taskId = tasks.importTask(orgId, memberId(members, plan.author()), plan.createdAt(),
                NewTask.onForm(formId, plan.fields()));
        for (PlannedChange change : plan.changes()) {
            tasks.importChange(orgId, memberId(members, change.actor()), change.at(), taskId, change.change());
        }
    }

    private Map<String, Long> membersByLocalPart(long orgId) {
        Map<String, Long> ids = new HashMap<>();
        for (Member member : members.list(orgId)) {
            ids.put(member.email().substring(0, member.email().indexOf('@')), member.id());
        }
        return ids;
    }

    private static long memberId(Map<String, Long> members, String localPart) {
        Long id = members.get(localPart);
        if (id == null) {
            throw new IllegalStateException("The demo team has no member " + localPart);
        }
        return id;
    }
}
