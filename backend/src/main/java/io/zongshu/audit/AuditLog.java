package io.zongshu.audit;

import io.zongshu.access.Caller;
import io.zongshu.common.BulkInsert;
import io.zongshu.common.CodedEnum;
import io.zongshu.common.PageRequest;
import io.zongshu.common.Where;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.Session;

/**
 * Appends events to the history in the caller's transaction, so an event exists exactly when the change
 * it describes was committed. Insert-only, in bulk: a bulk import records one event per value.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class AuditLog {
    private static final List<String> COLUMNS = List.of("occurred_at", "actor_subject", "actor_username", "action",
            "submission_id", "org_unit_code", "period_code", "indicator_code", "from_value", "from_qualifier",
            "to_value", "to_qualifier", "from_state", "to_state", "comment");

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

        /** A change of the catalogue entry {@code indicator}; the comment says what it was or what changed. */
        public static Entry catalogueChange(AuditAction action, String indicator, String comment) {
            return new Entry(action, null, null, null, indicator, null, null, null, null, null, null, comment);
        }
    }

    /** Which events to list; a null field does not filter. */
    public record Filter(Long submission, String orgUnit, String period, String indicator, AuditAction action,
                         String actor) {
    }

    @Inject
    Session session;

    /** The events the filter names, in the order they were recorded, after the page request's cursor. */
    @Transactional(Transactional.TxType.REQUIRED)
    public List<AuditEvent> events(Filter filter, PageRequest page) {
        Where where = Where.of()
                .and("submission = :submission", "submission", filter.submission())
                .and("orgUnit = :orgUnit", "orgUnit", filter.orgUnit())
                .and("period = :period", "period", filter.period())
                .and("indicator = :indicator", "indicator", filter.indicator())
                .and("action = :action", "action", filter.action())
                .and("actorUsername = :actor", "actor", filter.actor())
                .and("id > :after", "after", page.after());
        return AuditEvent.<AuditEvent>find(where.jpql() + " order by id", where.parameters())
                .page(0, page.rowsToRead()).list();
    }

    public void record(Caller actor, OffsetDateTime at, Entry entry) {
        record(actor, at, List.of(entry));
    }

    public void record(Caller actor, OffsetDateTime at, List<Entry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        session.flush(); // keep the order: the changes the events describe are written first
        List<Object[]> rows = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            rows.add(new Object[] {at, actor.subject(), actor.username(), e.action().code(), e.submission(),
                e.orgUnit(), e.period(), e.indicator(), e.fromValue(), code(e.fromQualifier()), e.toValue(),
                code(e.toQualifier()), e.fromState(), e.toState(), e.comment()});
        }
        session.doWork(connection -> BulkInsert.insert(connection, "audit_event", COLUMNS, rows));
    }

    private static String code(CodedEnum value) {
        return value == null ? null : value.code();
    }
}
