package io.zongshu.indicator;

import io.zongshu.access.Caller;
import io.zongshu.audit.AuditAction;
import io.zongshu.audit.AuditLog;
import io.zongshu.audit.AuditLog.Entry;
import io.zongshu.common.ApiException;
import io.zongshu.common.Dated;
import io.zongshu.common.Timestamps;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.hibernate.Session;
import org.hibernate.StaleStateException;

/**
 * The catalogue: anyone reads it; admins add entries for a new year, change their names and bounds, and
 * remove those nothing refers to. Each change is recorded in the history in the same transaction. What
 * refers to an indicator is asked in SQL: values, editions, submissions and reviews depend on the
 * catalogue, not the other way round.
 */
@ApplicationScoped
@Transactional
public class IndicatorService {
    @Inject
    Session session;
    @Inject
    AuditLog audit;

    /** An entry after a change, and the approved values outside its bounds (kept as they are). */
    public record Changed(Indicator indicator, List<ApprovedValue> valuesOutsideBounds) {
    }

    /** Every entry, ordered by code; last modified at the newest addition, change or removal. */
    public Dated<List<Indicator>> catalogue() {
        List<Indicator> all = Indicator.listOrdered();
        return Dated.of(all, Stream.concat(all.stream().map(Indicator::changedAt), Stream.of(lastRemoval())));
    }

    public Indicator get(String code) {
        return Indicator.findByCode(code).orElseThrow(() -> notFound(code));
    }

    public Indicator add(Caller caller, IndicatorDefinition definition) {
        if (definition.code() != null && Indicator.findByCode(definition.code()).isPresent()) {
            throw ApiException.conflict("The catalogue has " + definition.code() + " already; change it with PATCH");
        }
        OffsetDateTime now = Timestamps.now();
        Indicator indicator = new Indicator(definition, now);
        indicator.persist();
        audit.record(caller, now, Entry.catalogueChange(AuditAction.INDICATOR_ADDED, indicator.code(),
                indicator.summary()));
        return indicator;
    }

    /**
     * Makes the entry what {@code proposed} says, when it is still the version the caller read. Narrowed
     * bounds apply to values submitted from now on; the approved values they would refuse are reported
     * and stay as they are.
     */
    public Changed change(Caller caller, String code, int expectedVersion, IndicatorDefinition proposed) {
        Indicator indicator = get(code);
        indicator.requireVersion(expectedVersion);
        OffsetDateTime now = Timestamps.now();
        List<Indicator.Change> changes = indicator.change(proposed, usage(code), now);
        flush();
        List<ApprovedValue> outside = approvedValues(code).stream()
                .filter(v -> indicator.problemWith(v.value()).isPresent()).toList();
        if (!changes.isEmpty()) {
            String comment = changes.stream().map(Indicator.Change::toString).collect(Collectors.joining("; "))
                    + (outside.isEmpty() ? "" : " (" + outside.size() + " approved "
                    + (outside.size() == 1 ? "value lies" : "values lie") + " outside the bounds; kept as approved)");
            audit.record(caller, now, Entry.catalogueChange(AuditAction.INDICATOR_CHANGED, code, comment));
        }
        return new Changed(indicator, outside);
    }

    public void remove(Caller caller, String code, int expectedVersion) {
        Indicator indicator = get(code);
        indicator.requireVersion(expectedVersion);
        indicator.requireRemovable(usage(code));
        OffsetDateTime now = Timestamps.now();
        indicator.delete();
        flush();
        session.createNativeMutationQuery("UPDATE indicator_removal SET removed_at = :at WHERE id = 1")
                .setParameter("at", now).executeUpdate();
        audit.record(caller, now, Entry.catalogueChange(AuditAction.INDICATOR_REMOVED, code, indicator.summary()));
    }

    /** What refers to the indicator now. */
    IndicatorUsage usage(String code) {
        long approved = count("SELECT COUNT(*) FROM data_value WHERE indicator_code = :code", code);
        List<String> editions = session.createNativeQuery("SELECT DISTINCT e.review_year, e.number FROM edition_value v"
                        + " JOIN review_edition e ON e.id = v.edition_id WHERE v.indicator_code = :code"
                        + " ORDER BY e.review_year, e.number", Object[].class)
                .setParameter("code", code).getResultList().stream().map(row -> row[0] + "-" + row[1]).toList();
        List<Long> submissions = session.createNativeQuery("SELECT DISTINCT submission_id FROM submission_value"
                        + " WHERE indicator_code = :code ORDER BY submission_id", Long.class)
                .setParameter("code", code).getResultList();
        // Reviews whose current draft names the code (asked in SQL: the catalogue does not depend on reviews). A
        // code inside a longer one counts too: refusing a removal is the safe mistake.
        long figures = session.createNativeQuery("SELECT COUNT(*) FROM review_version v JOIN review r"
                        + " ON r.review_year = v.review_year AND r.draft_version = v.number WHERE v.content LIKE :code",
                        Long.class).setParameter("code", "%" + code + "%").getSingleResult();
        return new IndicatorUsage(approved, editions, submissions, figures);
    }

    private List<ApprovedValue> approvedValues(String code) {
        return session.createNativeQuery("SELECT org_unit_code, period_code, numeric_value, qualifier FROM data_value"
                        + " WHERE indicator_code = :code ORDER BY period_code, org_unit_code", Object[].class)
                .setParameter("code", code).getResultList().stream()
                .map(row -> new ApprovedValue(code, (String) row[0], (String) row[1],
                        ((BigDecimal) row[2]).stripTrailingZeros(), (String) row[3]))
                .toList();
    }

    private OffsetDateTime lastRemoval() {
        return session.createNativeQuery("SELECT removed_at FROM indicator_removal WHERE id = 1", OffsetDateTime.class)
                .getSingleResult();
    }

    private long count(String sql, String code) {
        return session.createNativeQuery(sql, Long.class).setParameter("code", code).getSingleResult();
    }

    /** Writes the change now: a concurrent change of the same version is found here, and is a 412. */
    private void flush() {
        try {
            session.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            throw Indicator.stale();
        }
    }

    private static ApiException notFound(String code) {
        return ApiException.notFound("No indicator with code " + code);
    }
}
