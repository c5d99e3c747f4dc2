package io.zongshu.audit;

import io.zongshu.access.Caller;
import io.zongshu.common.CodedEnum;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.Session;

/**
 * Appends events to the history in the caller's transaction, so an event exists exactly when the change
 * it describes was committed. Insert-only, batched: a bulk import records one event per value.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {
    private static final String INSERT = "INSERT INTO audit_event (occurred_at, actor_subject, actor_username, action,"
            + " submission_id, org_unit_code, period_code, indicator_code, from_value, from_qualifier, to_value,"
            + " to_qualifier, from_state, to_state, comment) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final int BATCH = 1000;

    /** What one event says; the actor and time are added when it is recorded. Qualifiers are stored by code. */
    public record Entry(AuditAction action, Long submission, String orgUnit, String period, String indicator,
                        BigDecimal fromValue, CodedEnum fromQualifier, BigDecimal toValue, CodedEnum toQualifier,
                        String fromState, String toState, String comment) {

        public static Entry stateChange(AuditAction action, Long submission, String orgUnit, String period,
                                        String fromState, String toState, String comment) {
            return new Entry(action, submission, orgUnit, period, null, null, null, null, null, fromState, toState,
                    comment);
        }

        public static Entry valueChange(AuditAction action, Long submission, String orgUnit, String period,
                                        String indicator, BigDecimal fromValue, CodedEnum fromQualifier,
                                        BigDecimal toValue, CodedEnum toQualifier, String comment) {
            return new Entry(action, submission, orgUnit, period, indicator, fromValue, fromQualifier, toValue,
                    toQualifier, null, null, comment);
        }
    }

    @Inject
    Session session;

    public void record(Caller actor, OffsetDateTime at, Entry entry) {
        record(actor, at, List.of(entry));
    }

    public void record(Caller actor, OffsetDateTime at, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        session.flush(); // events refer to rows Hibernate may not have written yet
        session.doWork(connection -> {
            try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
                int pending = 0;
                for (Entry e : entries) {
                    bind(insert, actor, at, e);
                    insert.addBatch();
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                if (pending > 0) {
                    insert.executeBatch();
                }
            }
        });
    }

    private static void bind(PreparedStatement s, Caller actor, OffsetDateTime at, Entry e) throws SQLException {
        s.setObject(1, at);
        s.setString(2, actor.subject());
        s.setString(3, actor.username());
        s.setString(4, e.action().code());
        if (e.submission() == null) {
            s.setNull(5, Types.BIGINT);
        } else {
            s.setLong(5, e.submission());
        }
        s.setString(6, e.orgUnit());
        s.setString(7, e.period());
        s.setString(8, e.indicator());
        s.setBigDecimal(9, e.fromValue());
        s.setString(10, e.fromQualifier() == null ? null : e.fromQualifier().code());
        s.setBigDecimal(11, e.toValue());
        s.setString(12, e.toQualifier() == null ? null : e.toQualifier().code());
        s.setString(13, e.fromState());
        s.setString(14, e.toState());
        s.setString(15, e.comment());
    }
}
