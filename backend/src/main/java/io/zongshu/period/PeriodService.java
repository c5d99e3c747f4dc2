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
import java.util.Set;
import org.hibernate.Session;

/** City reviewers add a year's period, open a period for county submissions and close it when its figures are final. */
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

    /** Adds the year {@code year} as a period, open for county submissions; 409 when it exists. */
    public Period add(Caller caller, int year) {
        String code = String.valueOf(year);
        if (Period.findByCode(code).isPresent()) {
            throw ApiException.conflict("The period " + code + " exists already; open or close it instead");
        }
        OffsetDateTime now = Timestamps.now();
        Period period = Period.year(year, now);
        // Flushed here: a period added meanwhile by someone else is a unique key taken, hence a 409 too.
        period.persistAndFlush();
        audit.record(caller, now, Entry.stateChange(AuditAction.PERIOD_ADDED, null, null, code, null,
                period.state().code(), null));
        return period;
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

    /**
     * Reopens a closed period for a correction of its published review, to these org units only (all
     * when empty). The review's correction asks for it; a plain reopening of a published year is refused.
     */
    public Period reopenForCorrection(Caller caller, String code, Set<String> orgUnits) {
        Period period = find(code);
        OffsetDateTime now = Timestamps.now();
        PeriodState from = period.state();
        period.reopenFor(orgUnits, now);
        audit.record(caller, now, Entry.stateChange(AuditAction.PERIOD_OPENED, null, null, code, from.code(),
                PeriodState.OPEN.code(), orgUnits.isEmpty() ? "for a correction" : "for a correction of "
                        + String.join(", ", period.openFor())));
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
