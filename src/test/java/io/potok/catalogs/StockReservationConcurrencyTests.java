package io.potok.catalogs;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import io.potok.PotokTest;
import io.potok.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@PotokTest
class StockReservationConcurrencyTests {

    private static final String MOSCOW = "Москва";
    private static final int THREADS = 16;

    @Autowired
    StockLevels stock;

    @Autowired
    Catalogs catalogs;

    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentReservationsTakeExactlyTheAvailableUnits() throws Exception {
        long org = new TestOrganizations(jdbc).organization();
        Catalog products = catalogs.create(org, "Товары", List.of(new Catalog.Header("Артикул", "text")),
                List.of(List.of("CM-1"), List.of("CP-2")));
        long machine = catalogs.itemByKey(org, products.id(), "CM-1").orElseThrow().id();
        long pods = catalogs.itemByKey(org, products.id(), "CP-2").orElseThrow().id();
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("5"));
        stock.setOnHand(org, pods, MOSCOW, new BigDecimal("1000"));

        // Half the tasks list the pods first, so the lines arrive in both orders.
        List<Boolean> outcomes = race(THREADS, task -> {
            List<StockLine> lines = new ArrayList<>(List.of(new StockLine(machine, BigDecimal.ONE),
                    new StockLine(pods, BigDecimal.TEN)));
            if (task % 2 == 0) {
                java.util.Collections.reverse(lines);
            }
            stock.reserve(org, 9_000_000_000L + task, MOSCOW, lines);
        });

        StockLevel machineLevel = stock.levels(org, List.of(machine)).get(machine).get(0);
        StockLevel podsLevel = stock.levels(org, List.of(pods)).get(pods).get(0);
        assertThat(outcomes).filteredOn(reserved -> reserved).hasSize(5);
        assertThat(machineLevel.reserved()).isEqualByComparingTo("5");
        assertThat(machineLevel.available()).isEqualByComparingTo("0");
        assertThat(podsLevel.reserved()).isEqualByComparingTo("50");
    }

    @Test
    void concurrentReleaseAndShipKeepTotalsConsistent() throws Exception {
        long org = new TestOrganizations(jdbc).organization();
        Catalog products = catalogs.create(org, "Товары", List.of(new Catalog.Header("Артикул", "text")),
                List.of(List.of("CM-1")));
        long machine = catalogs.itemByKey(org, products.id(), "CM-1").orElseThrow().id();
        stock.setOnHand(org, machine, MOSCOW, new BigDecimal("100"));
        for (int task = 0; task < THREADS; task++) {
            stock.reserve(org, 8_000_000_000L + task, MOSCOW, List.of(new StockLine(machine, new BigDecimal("2"))));
        }

        race(THREADS, task -> {
            if (task % 2 == 0) {
                stock.ship(org, 8_000_000_000L + task);
            } else {
                stock.release(org, 8_000_000_000L + task);
            }
        });

        StockLevel level = stock.levels(org, List.of(machine)).get(machine).get(0);
        assertThat(level.reserved()).isEqualByComparingTo("0");
        assertThat(level.onHand()).isEqualByComparingTo("84");
    }

    interface TaskAction {
        void run(int task);
    }

    /** Runs the action for tasks 0..n-1 at once and returns, per task, whether it finished without a shortage. */
    private static List<Boolean> race(int tasks, TaskAction action) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Boolean>> futures = new ArrayList<>();
            for (int task = 0; task < tasks; task++) {
                int number = task;
                Callable<Boolean> call = () -> {
                    start.await();
                    try {
                        action.run(number);
                        return true;
                    } catch (StockShortage shortage) {
                        return false;
                    }
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Boolean> outcomes = new ArrayList<>();
            for (Future<Boolean> future : futures) {
                outcomes.add(future.get(60, TimeUnit.SECONDS));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }
}
