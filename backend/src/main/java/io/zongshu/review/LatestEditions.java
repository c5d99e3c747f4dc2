package io.zongshu.review;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Which edition of each year's review is the latest, asked of the database for every read that must not be
 * older than a publication through another replica, yet with one query for many reads: a query answers
 * only the reads that came before it started (so it sees every publication committed before them), and
 * the reads that come while it runs wait for the next one. Under load one query answers a whole batch;
 * a lone read waits for one query.
 */
@ApplicationScoped
public class LatestEditions {
    private static final String QUERY = "SELECT review_year, MAX(number) FROM review_edition GROUP BY review_year";

    @Inject
    DataSource dataSource;
    @Inject
    Vertx vertx;

    /** The reads waiting for a query that has not started yet (null: none). */
    private Promise<Map<Integer, Integer>> waiting;
    private boolean querying;

    /** Year → number of its latest edition, as committed when this was called or later. */
    public synchronized Future<Map<Integer, Integer>> now() {
        if (waiting == null) {
            waiting = Promise.promise();
        }
        Future<Map<Integer, Integer>> answer = waiting.future();
        if (!querying) {
            query();
        }
        return answer;
    }

    private synchronized void query() {
        Promise<Map<Integer, Integer>> batch = waiting;
        waiting = null;
        querying = true;
        vertx.executeBlocking(this::read, false).onComplete(result -> {
            synchronized (this) {
                querying = false;
                if (waiting != null) {
                    query();
                }
            }
            batch.handle(result);
        });
    }

    private Map<Integer, Integer> read() throws SQLException {
        Map<Integer, Integer> latest = new HashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rows = s.executeQuery(QUERY)) {
            while (rows.next()) {
                latest.put(rows.getInt(1), rows.getInt(2));
            }
        }
        return latest;
    }
}
