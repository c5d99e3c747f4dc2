package io.zongshu.period;

import io.zongshu.access.Caller;
import io.zongshu.audit.AuditAction;
import io.zongshu.audit.AuditLog;
import io.zongshu.audit.AuditLog.Entry;
import io.zongshu.common.ApiException;
import io.zongshu.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import org.hibernate.Session;

/** City reviewers open a period for county submissions and close it when its figures are final. */
@ApplicationScoped
@Transactional
public class PeriodService {
    @Inject
    Session session;
    @Inject
    AuditLog audit;

    /** Every period, newest first. */
    public List<Period> list() {
        return Period.<Period>listAll().stream().sorted((a, b) -> b.startDate().compareTo(a.startDate())).toList();
    }

    public Period open(Caller caller, String code) {
        Period period = find(code);
        if (hasPublishedReview(code)) {
            throw ApiException.conflict("The review of " + code + " is published; its period stays closed");
        }
        OffsetDateTime now = Timestamps.now();
        if (period.open(now)) {
            record(caller, now, period, AuditAction.PERIOD_OPENED, PeriodState.CLOSED, PeriodState.OPEN);
        }
        return period;
    }

    public Period close(Caller caller, String code) {
        Period period = find(code);
        OffsetDateTime now = Timestamps.now();
        if (period.close(now)) {
            record(caller, now, period, AuditAction.PERIOD_CLOSED, PeriodState.OPEN, PeriodState.CLOSED);
        }
        return period;
    }

    private static Period find(String code) {
        // Locked, so that an approval into the period and its closing never interleave.
        return Period.<Period>findByIdOptional(code, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> ApiException.notFound("No period " + code));
    }

    /** Asked in SQL: the review feature depends on periods, not the other way round. */
    private boolean hasPublishedReview(String code) {
        Long count = session.createNativeQuery(
                        "SELECT COUNT(*) FROM review WHERE period_code = :code AND state = 'published'", Long.class)
                .setParameter("code", code).getSingleResult();
        return count > 0;
    }

    private void record(Caller caller, OffsetDateTime at, Period period, AuditAction action, PeriodState from,
                        PeriodState to) {
        audit.record(caller, at, Entry.stateChange(action, null, null, period.code(), from.code(), to.code(), null));
    }
}
