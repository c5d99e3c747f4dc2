package io.zongshu.submission;

import static io.zongshu.common.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zongshu.access.Tokens;
import io.zongshu.period.TestPeriods;
import io.zongshu.submission.Flow.Seen;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two edits based on the same version race: one wins, the other is refused, nothing is lost silently. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ConcurrentEditTest {
    /** An open year of this class's own (generated test data). */
    private static final String PERIOD = "2903";
    @Inject
    TestPeriods periods;

    @BeforeEach
    void openTheYear() {
        periods.open(PERIOD);
    }

    private static final String CLASSES = "theory.training_classes";

    @Test
    void of_two_racing_edits_exactly_one_is_written_and_the_history_says_which() throws Exception {
        String clerk = Tokens.clerk("511923");
        String reviewer = Tokens.reviewer();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Flow.approveInto("511923", PERIOD, List.of(Flow.value(CLASSES, 1))); // no submission left open
            Seen seen = Flow.open(clerk, "511923", PERIOD);
            for (int round = 0; round < 10; round++) {
                int a = 1000 + round;
                int b = 2000 + round;
                CountDownLatch start = new CountDownLatch(1);
                Seen base = seen;
                CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> race(start, clerk, base, a), pool);
                CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> race(start, clerk, base, b), pool);
                start.countDown();
                List<Integer> statuses = new ArrayList<>(List.of(first.get(30, TimeUnit.SECONDS),
                        second.get(30, TimeUnit.SECONDS)));
                int winner = statuses.get(0) == 200 ? a : b;
                statuses.sort(null);
                assertEquals(List.of(200, 412), statuses, "round " + round);
                var current = Flow.get(clerk, base.id()).statusCode(200);
                seen = Seen.of(current);
                assertEquals(winner, current.extract().jsonPath()
                        .getInt("values.find { it.indicator == '" + CLASSES + "' }.value"), "round " + round);
                List<Integer> written = api().auth().oauth2(reviewer)
                        .get("/api/v1/audit?limit=1000&submission=" + base.id() + "&indicator=" + CLASSES).then()
                        .extract().jsonPath().getList("items.to.value", Integer.class);
                assertEquals(winner, written.get(written.size() - 1), "the last recorded change is the winner's");
                assertEquals(false, written.contains(winner == a ? b : a), "the refused edit left no trace");
            }
            // Leave no open submission behind for other tests of this unit.
            Flow.approveInto("511923", PERIOD, List.of(Flow.value(CLASSES, 1)));
        } finally {
            pool.shutdownNow();
        }
    }

    private static int race(CountDownLatch start, String clerk, Seen base, int value) {
        try {
            start.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Flow.put(clerk, base, List.of(Map.of("indicator", CLASSES, "value", value))).extract().statusCode();
    }
}
