package io.zongshu.submission;

import io.zongshu.access.Caller;
import io.zongshu.audit.AuditLog;
import io.zongshu.common.BulkInsert;
import io.zongshu.common.CodedEnum;
import io.zongshu.common.Where;
import io.zongshu.datavalue.Figure;
import io.zongshu.datavalue.Qualifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.hibernate.Session;

/**
 * Loads and saves {@link Submission}s with their values. The row goes through Hibernate; the values are read
 * and written with plain JDBC in the caller's transaction, new ones in bulk (COPY on PostgreSQL): an import
 * writes a hundred thousand of them, which Hibernate's persistence context would make slow. Saving also
 * appends the submission's events to the history, in the same transaction.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class SubmissionRepository {
    private static final int BATCH = 1000;
    private static final List<String> INSERT_COLUMNS = List.of("submission_id", "indicator_code", "numeric_value",
            "qualifier", "comment");

    @Inject
    Session session;
    @Inject
    AuditLog audit;

    /** The submission with its values. */
    public Optional<Submission> find(long id) {
        return Submission.<Submission>findByIdOptional(id).map(this::withValues);
    }

    /** The submission of a unit and period that is not yet approved, with its values, if there is one. */
    public Optional<Submission> findOpen(String orgUnitCode, String periodCode) {
        return Submission.<Submission>find("openKey", Submission.openKey(orgUnitCode, periodCode))
                .firstResultOptional().map(this::withValues);
    }

    /** Whether the unit has a submission for the period that is not yet approved: its row alone. */
    public Optional<Submission> findOpenRow(String orgUnitCode, String periodCode) {
        return Submission.<Submission>find("openKey", Submission.openKey(orgUnitCode, periodCode)).firstResultOptional();
    }

    /** The submission row alone, for checks that need no values (who may touch it, its version). */
    public Optional<Submission> findRow(long id) {
        return Submission.findByIdOptional(id);
    }

    /** A new draft; a concurrent one for the same unit and period fails on the open_key constraint. */
    public Submission open(Caller caller, String orgUnit, String period, OffsetDateTime at) {
        Submission submission = new Submission(orgUnit, period, caller.username(), at);
        submission.persist();
        session.flush();
        submission.opened();
        return submission;
    }

    /**
     * Writes what changed: the row first (its version check takes the row, so a concurrent writer waits,
     * then finds it stale), then the values, then the events.
     */
    public void save(Caller caller, Submission submission) {
        session.flush();
        List<Submission.ValueChange> changes = submission.takeChanges();
        if (!changes.isEmpty()) {
            writeValues(submission.id(), changes);
        }
        if (submission.takeReviewCommentsChanged()) {
            writeReviewComments(submission);
        }
        audit.record(caller, submission.updatedAt(), submission.takeEvents());
    }

    /**
     * Submissions of a unit (or of every unit when {@code orgUnit} is null), newest first by id (an order
     * that edits do not change), those before {@code after}, at most {@code limit}.
     */
    public List<Submission> list(String orgUnit, String period, SubmissionState state, Long after, int limit) {
        Where where = Where.of()
                .and("orgUnitCode = :unit", "unit", orgUnit)
                .and("periodCode = :period", "period", period)
                .and("state = :state", "state", state)
                .and("id < :after", "after", after);
        return Submission.<Submission>find(where.jpql() + " order by id desc", where.parameters())
                .page(0, limit).list();
    }

    private Submission withValues(Submission submission) {
        submission.attach(load(submission.id()));
        return submission;
    }

    private Map<String, StoredValue> load(long submissionId) {
        return session.doReturningWork(connection -> {
            Map<String, StoredValue> values = new TreeMap<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT indicator_code, numeric_value,"
                    + " qualifier, comment, review_comment FROM submission_value WHERE submission_id = ?")) {
                select.setLong(1, submissionId);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        String indicator = rows.getString(1);
                        Figure figure = new Figure(rows.getBigDecimal(2),
                                CodedEnum.fromCode(Qualifier.class, rows.getString(3)).orElseThrow());
                        values.put(indicator, new StoredValue(indicator, figure, rows.getString(4), rows.getString(5)));
                    }
                }
            }
            return values;
        });
    }

    private void writeValues(long submissionId, List<Submission.ValueChange> changes) {
        List<Object[]> inserts = new ArrayList<>();
        for (Submission.ValueChange c : changes) {
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
                for (Submission.ValueChange c : changes) {
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

    /** The reviewer's comments on the submission's values, as the submission holds them now. */
    private void writeReviewComments(Submission submission) {
        session.doWork(connection -> {
            try (PreparedStatement clear = connection.prepareStatement(
                    "UPDATE submission_value SET review_comment = NULL WHERE submission_id = ?");
                 PreparedStatement set = connection.prepareStatement(
                         "UPDATE submission_value SET review_comment = ? WHERE submission_id = ? AND indicator_code = ?")) {
                clear.setLong(1, submission.id());
                clear.executeUpdate();
                for (StoredValue v : submission.values().values()) {
                    if (v.reviewComment() != null) {
                        set.setString(1, v.reviewComment());
                        set.setLong(2, submission.id());
                        set.setString(3, v.indicator());
                        set.addBatch();
                    }
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
