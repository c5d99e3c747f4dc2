package io.zongshu.submission;

import io.zongshu.datavalue.Qualifier;
import io.zongshu.common.BulkInsert;
import io.zongshu.common.CodedEnum;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * The values of submissions, read and written with plain JDBC in the caller's transaction (new ones in
 * bulk): an import writes a hundred thousand of them, which Hibernate's persistence context would make slow.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubmissionValueStore {
    private static final int BATCH = 1000;
    private static final List<String> INSERT_COLUMNS = List.of("submission_id", "indicator_code", "numeric_value",
            "qualifier", "comment");

    /** One row to write: before is null for a new value, after is null for a removed one. */
    public record Change(String indicator, StoredValue before, StoredValue after) {
    }

    @Inject
    Session session;

    /** The submission's values by indicator code. */
    public Map<String, StoredValue> load(long submissionId) {
        return session.doReturningWork(connection -> {
            Map<String, StoredValue> values = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT indicator_code, numeric_value,"
                    + " qualifier, comment, review_comment FROM submission_value WHERE submission_id = ?")) {
                select.setLong(1, submissionId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String indicator = rows.getString(1);
                        values.put(indicator, new StoredValue(indicator, rows.getBigDecimal(2).stripTrailingZeros(),
                                CodedEnum.fromCode(Qualifier.class, rows.getString(3)).orElseThrow(),
                                rows.getString(4), rows.getString(5)));
                    }
                }
            }
            return values;
        });
    }

    public void write(long submissionId, List<Change> changes) {
        List<Object[]> inserts = new ArrayList<>();
        for (Change c : changes) {
            if (c.before() == null) {
                inserts.add(new Object[] {submissionId, c.indicator(), c.after().value(), c.after().qualifier().code(),
                    c.after().comment()});
            }
        }
        session.doWork(connection -> {
            BulkInsert.insert(connection, "submission_value", INSERT_COLUMNS, inserts);
            try (PreparedStatement update = connection.prepareStatement("UPDATE submission_value"
                    + " SET numeric_value = ?, qualifier = ?, comment = ? WHERE submission_id = ? AND indicator_code = ?");
                 PreparedStatement delete = connection.prepareStatement(
                         "DELETE FROM submission_value WHERE submission_id = ? AND indicator_code = ?")) {
                int updates = 0;
                int deletes = 0;
                for (Change c : changes) {
                    if (c.before() != null && c.after() == null) {
                        delete.setLong(1, submissionId);
                        delete.setString(2, c.indicator());
                        delete.addBatch();
                        deletes = flushIfFull(delete, deletes + 1);
                    } else if (c.before() != null) {
                        update.setBigDecimal(1, c.after().value());
                        update.setString(2, c.after().qualifier().code());
                        update.setString(3, c.after().comment());
                        update.setLong(4, submissionId);
                        update.setString(5, c.indicator());
                        update.addBatch();
                        updates = flushIfFull(update, updates + 1);
                    }
                }
                update.executeBatch();
                delete.executeBatch();
            }
        });
    }

    /** Replaces the reviewer's comments on the submission's values with {@code comments} (by indicator). */
    public void setReviewComments(long submissionId, Map<String, String> comments) {
        session.doWork(connection -> {
            try (PreparedStatement clear = connection.prepareStatement(
                    "UPDATE submission_value SET review_comment = NULL WHERE submission_id = ?");
                 PreparedStatement set = connection.prepareStatement(
                         "UPDATE submission_value SET review_comment = ? WHERE submission_id = ? AND indicator_code = ?")) {
                clear.setLong(1, submissionId);
                clear.executeUpdate();
                for (var comment : comments.entrySet()) {
                    set.setString(1, comment.getValue());
                    set.setLong(2, submissionId);
                    set.setString(3, comment.getKey());
                    set.addBatch();
                }
                set.executeBatch();
            }
        });
    }

    private static int flushIfFull(PreparedStatement statement, int pending) throws java.sql.SQLException {
        if (pending < BATCH) {
            return pending;
        }
        statement.executeBatch();
        return 0;
    }
}
