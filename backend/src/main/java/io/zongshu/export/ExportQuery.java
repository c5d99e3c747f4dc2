package io.zongshu.export;

import io.agroal.api.AgroalDataSource;
import io.zongshu.common.Where;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Reads approved values for exports straight from JDBC, row by row with a fetch size, so an export of a
 * million values never holds them all in memory. Order: indicator, org unit, period (the JSON-stat order).
 */
@ApplicationScoped
public class ExportQuery {
    /** Rows per round trip of the cursor: large enough that the trips do not count, small enough for -Xmx256m. */
    private static final int FETCH_SIZE = 10_000;
    /** Rows handed from the reading thread to the writing one at a time, and how many such batches may wait. */
    private static final int BATCH_ROWS = 1_000;
    private static final int BATCHES_AHEAD = 4;
    /** Distinct recorded times remembered at once (an export holds about one per approval). */
    private static final int MAX_TIMES = 10_000;
    private static final String JOINS = " v JOIN indicator i ON i.code = v.indicator_code"
            + " JOIN org_unit o ON o.code = v.org_unit_code";

    @Inject
    AgroalDataSource dataSource;

    /** The threads that read an export's rows ahead of its writer (one per export under way). */
    private final ExecutorService readers = Executors.newCachedThreadPool(work -> {
        Thread t = new Thread(work, "zongshu-export-rows");
        t.setDaemon(true);
        return t;
    });

    @PreDestroy
    void shutdown() {
        readers.shutdownNow();
    }

    /** Receives rows one by one; may throw IOException from the output it writes to. */
    public interface RowSink {
        void accept(ExportRow row) throws IOException;
    }

    /**
     * A fingerprint of the matching rows (count, newest change, sum of revisions): any approval that
     * changes them changes it, an approval elsewhere does not. {@code newest} is null when no row matches.
     */
    public record Fingerprint(String text, OffsetDateTime newest) {
    }

    public Fingerprint fingerprint(Connection c, ExportFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT COUNT(*), MAX(v.recorded_at), COALESCE(SUM(v.revision), 0)"
                + from(filter) + where(filter, params);
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            r.next();
            OffsetDateTime newest = r.getObject(2, OffsetDateTime.class);
            return new Fingerprint(r.getLong(1) + "/" + (newest == null ? "-" : newest.toInstant()) + "/" + r.getLong(3),
                    newest);
        }
    }

    /** The distinct codes of one dimension among the matching rows, in export order. */
    public List<String> codes(Connection c, ExportFilter filter, String column) throws SQLException {
        List<Object> params = new ArrayList<>();
        String sql = "SELECT DISTINCT " + column + from(filter) + where(filter, params) + " ORDER BY 1";
        return codes(c, sql, params);
    }

    /** The catalogue's indicators that the filter's indicator and category lists let through, in code order. */
    public List<String> catalogueIndicators(Connection c, ExportFilter filter) throws SQLException {
        List<Object> params = new ArrayList<>();
        String where = Where.of().and("i.code IN (:indicators)", "indicators", filter.indicators())
                .and("i.category IN (:categories)", "categories", filter.categories()).sql(params);
        return codes(c, "SELECT i.code FROM indicator i" + where + " ORDER BY 1", params);
    }

    /** Every code of a catalogue table (indicator, org_unit or period), in code order. */
    public List<String> allCodes(Connection c, String table) throws SQLException {
        if (!List.of("indicator", "org_unit", "period").contains(table)) {
            throw new IllegalArgumentException("Not a catalogue table: " + table);
        }
        return codes(c, "SELECT code FROM " + table + " ORDER BY 1", List.of());
    }

    private static List<String> codes(Connection c, String sql, List<Object> params) throws SQLException {
        List<String> codes = new ArrayList<>();
        try (PreparedStatement s = prepare(c, sql, params); ResultSet r = s.executeQuery()) {
            while (r.next()) {
                codes.add(r.getString(1));
            }
        }
        return codes;
    }

    public void stream(Connection c, ExportFilter filter, RowSink sink) throws SQLException, IOException {
        stream(c, filter, false, sink);
    }

    /**
     * With {@code moreThanOnly}, only the 余 values (qualifier more_than). A million rows make every
     * per-row cost count: the names come from the catalogue once, not with each row (and the row before's
     * are reused, as rows come by indicator and unit); a time that rows share (one approval time per
     * submission) is parsed and formatted once. The submission's time comes from the submission itself
     * (values of a loaded document have none).
     *
     * <p>The rows are read on a thread of their own while {@code sink} writes the ones before: profiled, an
     * export spent half its time waiting for the database's next rows and the other half writing, each
     * idle while the other worked. At most {@value #BATCHES_AHEAD} batches of {@value #BATCH_ROWS} rows wait.
     */
    public void stream(Connection c, ExportFilter filter, boolean moreThanOnly, RowSink sink)
            throws SQLException, IOException {
        List<Object> params = new ArrayList<>();
        String where = where(filter, params);
        if (moreThanOnly) {
            where += (where.isEmpty() ? " WHERE " : " AND ") + "v.qualifier = 'more_than'";
        }
        String sql = "SELECT v.indicator_code, v.org_unit_code, v.period_code, v.numeric_value, v.qualifier,"
                + " v.revision, v.source, v.recorded_by, v.recorded_at, v.submission_id, v.approved_by, s.submitted_at"
                + from(filter) + " LEFT JOIN submission s ON s.id = v.submission_id" + where
                + " ORDER BY v.indicator_code, v.org_unit_code, v.period_code";
        Map<String, String[]> indicators = names(c, "SELECT code, name_zh, name_en, unit FROM indicator");
        Map<String, String[]> units = names(c, "SELECT code, name_zh, name_en FROM org_unit");
        try (PreparedStatement s = prepare(c, sql, params)) {
            s.setFetchSize(FETCH_SIZE);
            RowsAhead rows = new RowsAhead();
            readers.execute(() -> rows.readFrom(s, indicators, units));
            try {
                for (List<ExportRow> batch = rows.next(); batch != null; batch = rows.next()) {
                    for (ExportRow row : batch) {
                        sink.accept(row);
                    }
                }
            } finally {
                rows.stop(); // the reader is done with the connection once this returns
            }
        }
    }

    /**
     * The rows of one export, read ahead on the reader thread and taken in order on the writing one. The
     * reader ends with {@link #END}, or with the failure it met: it is raised where the rows are taken.
     */
    private static final class RowsAhead {
        private static final List<ExportRow> END = List.of();
        private final BlockingQueue<List<ExportRow>> ready = new ArrayBlockingQueue<>(BATCHES_AHEAD);
        private final CountDownLatch done = new CountDownLatch(1);
        private volatile boolean stopped;
        private volatile Throwable failure;

        void readFrom(PreparedStatement s, Map<String, String[]> indicators, Map<String, String[]> units) {
            try (ResultSet r = s.executeQuery()) {
                Map<String, Time> times = new HashMap<>();
                String[] indicator = null;
                String[] unit = null;
                List<ExportRow> batch = new ArrayList<>(BATCH_ROWS);
                while (!stopped && r.next()) {
                    String indicatorCode = r.getString(1);
                    if (indicator == null || !indicator[0].equals(indicatorCode)) {
                        indicator = indicators.get(indicatorCode);
                    }
                    String unitCode = r.getString(2);
                    if (unit == null || !unit[0].equals(unitCode)) {
                        unit = units.get(unitCode);
                    }
                    Time time = time(r, 9, times);
                    long id = r.getLong(10);
                    Long submission = r.wasNull() ? null : id;
                    Time submitted = time(r, 12, times);
                    batch.add(new ExportRow(indicator[0], indicator[1], indicator[2], indicator[3], unit[0], unit[1],
                            unit[2], r.getString(3), Decimals.plain(r.getString(4)), r.getString(5), r.getInt(6),
                            r.getString(7), r.getString(8), time.at(), time.text(),
                            submission, submitted == null ? null : submitted.text(), r.getString(11)));
                    if (batch.size() == BATCH_ROWS) {
                        hand(batch);
                        batch = new ArrayList<>(BATCH_ROWS);
                    }
                }
                hand(batch);
            } catch (SQLException | RuntimeException | Error e) {
                failure = e; // never a short export that looks whole
            } catch (InterruptedException e) {
                failure = new SQLException("Interrupted while reading the export's rows", e);
                Thread.currentThread().interrupt();
            } finally {
                done.countDown();
                handQuietly(END);
            }
        }

        private void hand(List<ExportRow> batch) throws InterruptedException {
            while (!stopped && !ready.offer(batch, 10, TimeUnit.MILLISECONDS)) {
                // the writer is behind (the client reads slowly): wait, unless it has given up
            }
        }

        private void handQuietly(List<ExportRow> batch) {
            try {
                hand(batch);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        /** The next batch, or null after the last; raises what the reader met. */
        List<ExportRow> next() throws SQLException {
            List<ExportRow> batch;
            try {
                batch = ready.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SQLException("Interrupted while waiting for the export's rows", e);
            }
            if (batch == END) {
                if (failure instanceof SQLException e) {
                    throw e;
                } else if (failure instanceof Error e) {
                    throw e;
                } else if (failure != null) {
                    throw (RuntimeException) failure;
                }
                return null;
            }
            return batch;
        }

        /** Stops the reader (at its next row) and waits until it has let go of the connection. */
        void stop() {
            stopped = true;
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** The time in a column, parsed and formatted once for all the rows that share it; null for SQL NULL. */
    private static Time time(ResultSet r, int column, Map<String, Time> times) throws SQLException {
        String text = r.getString(column);
        if (text == null) {
            return null;
        }
        Time time = times.get(text);
        if (time == null) {
            if (times.size() >= MAX_TIMES) {
                times.clear();
            }
            OffsetDateTime at = r.getObject(column, OffsetDateTime.class);
            time = new Time(at, at.toInstant().toString());
            times.put(text, time);
        }
        return time;
    }

    /** A recorded time and its ISO-8601 instant, as exports write it. */
    private record Time(OffsetDateTime at, String text) {
    }

    /** Code, then the names (and unit) of each row of a catalogue table, by code. */
    private static Map<String, String[]> names(Connection c, String sql) throws SQLException {
        Map<String, String[]> names = new HashMap<>();
        try (PreparedStatement s = c.prepareStatement(sql); ResultSet r = s.executeQuery()) {
            int columns = r.getMetaData().getColumnCount();
            while (r.next()) {
                String[] row = new String[columns];
                for (int i = 0; i < columns; i++) {
                    row[i] = r.getString(i + 1);
                }
                names.put(row[0], row);
            }
        }
        return names;
    }

    /**
     * Runs {@code work} on a connection of its own, read-only, in one repeatable-read transaction: every
     * query of one export sees the same data, and PostgreSQL streams through a cursor.
     */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            boolean autoCommit = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setReadOnly(true);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                return work.run(c);
            } finally {
                c.rollback();
                c.setTransactionIsolation(isolation);
                c.setReadOnly(false);
                c.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Export query failed", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public interface SqlWork<T> {
        T run(Connection c) throws SQLException, IOException;
    }

    /** Live approved values, or the frozen copy of an edition (same columns). */
    private static String from(ExportFilter f) {
        return (f.edition() == null ? " FROM data_value" : " FROM edition_value") + JOINS;
    }

    private static String where(ExportFilter f, List<Object> params) {
        return Where.of()
                .and("v.edition_id = :edition", "edition", f.edition() == null ? null : f.edition().id())
                .and("v.period_code IN (:periods)", "periods", f.periods())
                .and("v.org_unit_code IN (:units)", "units", f.orgUnits())
                .and("i.category IN (:categories)", "categories", f.categories())
                .and("v.indicator_code IN (:indicators)", "indicators", f.indicators())
                .sql(params);
    }

    private static PreparedStatement prepare(Connection c, String sql, List<Object> params) throws SQLException {
        PreparedStatement s = c.prepareStatement(sql);
        for (int i = 0; i < params.size(); i++) {
            s.setObject(i + 1, params.get(i));
        }
        return s;
    }
}
