package io.zongshu.submission;

import io.quarkus.security.ForbiddenException;
import io.zongshu.access.Caller;
import io.zongshu.audit.AuditAction;
import io.zongshu.audit.AuditLog;
import io.zongshu.audit.AuditLog.Entry;
import io.zongshu.common.ApiException;
import io.zongshu.common.PageRequest;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.ProblemType;
import io.zongshu.common.Timestamps;
import io.zongshu.datavalue.DataValue;
import io.zongshu.indicator.Indicator;
import io.zongshu.orgunit.OrgUnit;
import io.zongshu.period.Period;
import io.zongshu.period.PeriodState;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.Session;
import org.hibernate.StaleStateException;
import org.hibernate.jpa.HibernateHints;

/**
 * The submission workflow: clerks open, fill and submit their unit's figures; city reviewers return or
 * approve them. Every change is checked against the caller's unit, the period's state and the ETag the
 * caller last saw, and recorded in the history in the same transaction.
 */
@ApplicationScoped
@Transactional
public class SubmissionService {
    @Inject
    Session session;
    @Inject
    SubmissionValueStore values;
    @Inject
    AuditLog audit;

    /** A submission with its values, each beside the value currently approved for it. */
    public record Detail(Submission submission, Map<String, StoredValue> values, Map<String, DataValue> approved,
                         Map<String, Indicator> catalogue) {
    }

    /** What one reviewer comment on one value says. */
    public record ValueComment(String indicator, String comment) {
    }

    public Detail open(Caller caller, String orgUnit, String period) {
        caller.requireClerkOf(orgUnit);
        requireOpenPeriod(period);
        Submission.findOpen(orgUnit, period).ifPresent(existing -> {
            throw ApiException.conflict("Submission " + existing.id() + " for " + orgUnit + "/" + period
                    + " is still " + existing.state().code() + "; continue that one");
        });
        return detail(create(caller, orgUnit, period));
    }

    /** A new draft; a concurrent one for the same unit and period fails on the open_key constraint. */
    Submission create(Caller caller, String orgUnit, String period) {
        OffsetDateTime now = Timestamps.now();
        Submission submission = new Submission(orgUnit, period, caller.username(), now);
        submission.persist();
        flush(null);
        audit.record(caller, now, Entry.stateChange(AuditAction.SUBMISSION_CREATED, submission.id(), orgUnit, period,
                null, SubmissionState.DRAFT.code(), null));
        return submission;
    }

    public Detail get(Caller caller, long id) {
        Submission submission = find(id);
        caller.requireMayRead(submission.orgUnitCode());
        return detail(submission);
    }

    /**
     * Clerks see their own unit's submissions only; asking for another unit's is refused, not emptied.
     * Newest first, by id (an order that edits do not change): those before the page request's cursor, up to
     * {@link PageRequest#rowsToRead()} of them.
     */
    public List<Submission> list(Caller caller, String orgUnit, String period, SubmissionState state,
                                 PageRequest page) {
        // An unknown code is a mistake to report, not a silently empty list.
        if (orgUnit != null && OrgUnit.findByCode(orgUnit).isEmpty()) {
            throw ApiException.invalidParameter("orgUnit", "unknown org unit " + orgUnit);
        }
        if (period != null && Period.findByCode(period).isEmpty()) {
            throw ApiException.invalidParameter("period", "unknown period " + period);
        }
        if (orgUnit != null) {
            caller.requireMayRead(orgUnit);
        }
        String unit = caller.isCityStaff() ? orgUnit : caller.orgUnit();
        if (unit == null && !caller.isCityStaff()) {
            throw new ForbiddenException("Your token names no org unit");
        }
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (unit != null) {
            where.add("orgUnitCode = :unit");
            params.put("unit", unit);
        }
        if (period != null) {
            where.add("periodCode = :period");
            params.put("period", period);
        }
        if (state != null) {
            where.add("state = :state");
            params.put("state", state);
        }
        if (page.after() != null) {
            where.add("id < :after");
            params.put("after", page.after());
        }
        return Submission.<Submission>find((where.isEmpty() ? "" : String.join(" and ", where))
                + " order by id desc", params).page(0, page.rowsToRead()).list();
    }

    /** Adds or changes the given values; all are checked first, and one bad value changes nothing. */
    public Detail setValues(Caller caller, long id, String ifMatch, List<SubmissionValueInput> inputs) {
        Submission submission = findForClerk(caller, id, ifMatch);
        Map<String, Indicator> catalogue = catalogue();
        List<Violation> violations = new ArrayList<>();
        Map<String, StoredValue> incoming = new LinkedHashMap<>();
        for (int i = 0; i < inputs.size(); i++) {
            SubmissionValueInput in = inputs.get(i);
            if (in == null) {
                violations.add(new Violation("dataValues[" + i + "]", i, "must be an object"));
                continue;
            }
            String prefix = "dataValues[" + i + "].";
            int index = i;
            ValueCheck.check(catalogue, prefix, i, in.indicator(), in.value(), in.qualifier(), in.unit(), in.comment(),
                    violations).ifPresent(v -> {
                        if (incoming.putIfAbsent(v.indicator(), v) != null) {
                            violations.add(new Violation(prefix + "indicator", index,
                                    v.indicator() + " appears twice"));
                        }
                    });
        }
        if (inputs.isEmpty()) {
            violations.add(new Violation("dataValues", "must list at least one value"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalidBody(violations);
        }
        apply(caller, submission, ifMatch, incoming.values(), values.load(id));
        return detail(submission);
    }

    public Detail removeValue(Caller caller, long id, String ifMatch, String indicator) {
        Submission submission = findForClerk(caller, id, ifMatch);
        Map<String, StoredValue> current = values.load(id);
        StoredValue old = current.get(indicator);
        if (old == null) {
            throw ApiException.notFound("Submission " + id + " has no value for " + ValueCheck.printable(indicator));
        }
        OffsetDateTime now = Timestamps.now();
        submission.touch(now);
        flush(ifMatch);
        values.write(id, List.of(new SubmissionValueStore.Change(indicator, old, null)));
        audit.record(caller, now, Entry.valueChange(AuditAction.VALUE_REMOVED, id, submission.orgUnitCode(),
                submission.periodCode(), indicator, old.value(), old.qualifier(), null, null, null));
        return detail(submission);
    }

    public Detail submit(Caller caller, long id, String ifMatch) {
        Submission submission = findForClerk(caller, id, ifMatch);
        submitChecked(caller, submission, ifMatch, Timestamps.now());
        return detail(submission);
    }

    public Detail returnToUnit(Caller caller, long id, String ifMatch, String comment, List<ValueComment> comments) {
        Submission submission = find(id);
        requireMatch(submission, ifMatch);
        Map<String, StoredValue> current = values.load(id);
        List<Violation> violations = new ArrayList<>();
        if (comment == null || comment.isBlank()) {
            violations.add(new Violation("comment", "is required: say what to fix"));
        } else if (comment.length() > ValueCheck.MAX_COMMENT) {
            violations.add(new Violation("comment",
                    "must be at most " + ValueCheck.MAX_COMMENT + " characters"));
        } else if (ValueCheck.textProblem(comment) != null) {
            violations.add(new Violation("comment", ValueCheck.textProblem(comment)));
        }
        Map<String, String> byIndicator = new LinkedHashMap<>();
        for (int i = 0; i < comments.size(); i++) {
            ValueComment c = comments.get(i);
            String field = "valueComments[" + i + "]";
            if (c == null || c.indicator() == null || !current.containsKey(c.indicator())) {
                violations.add(new Violation(field + ".indicator", i,
                        "must name a value of this submission"));
            } else if (c.comment() == null || c.comment().isBlank() || c.comment().length() > ValueCheck.MAX_COMMENT) {
                violations.add(new Violation(field + ".comment", i,
                        "is required, at most " + ValueCheck.MAX_COMMENT + " characters"));
            } else if (ValueCheck.textProblem(c.comment()) != null) {
                violations.add(new Violation(field + ".comment", i, ValueCheck.textProblem(c.comment())));
            } else if (byIndicator.put(c.indicator(), c.comment()) != null) {
                violations.add(new Violation(field + ".indicator", i,
                        c.indicator() + " appears twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalidBody(violations);
        }
        OffsetDateTime now = Timestamps.now();
        SubmissionState from = submission.state();
        submission.returnToUnit(caller.username(), now, comment);
        flush(ifMatch);
        values.setReviewComments(id, byIndicator);
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.stateChange(AuditAction.SUBMISSION_RETURNED, id, submission.orgUnitCode(),
                submission.periodCode(), from.code(), submission.state().code(), comment));
        byIndicator.forEach((indicator, text) -> entries.add(Entry.valueChange(AuditAction.VALUE_COMMENTED, id,
                submission.orgUnitCode(), submission.periodCode(), indicator, null, null, null, null, text)));
        audit.record(caller, now, entries);
        return detail(submission);
    }

    /** The submission's values become the approved values that the public API serves. */
    public Detail approve(Caller caller, long id, String ifMatch, String comment) {
        Submission submission = find(id);
        requireMatch(submission, ifMatch);
        if (comment != null && comment.length() > ValueCheck.MAX_COMMENT) {
            throw ApiException.invalidBody(List.of(new Violation("comment",
                    "must be at most " + ValueCheck.MAX_COMMENT + " characters")));
        }
        if (comment != null && ValueCheck.textProblem(comment) != null) {
            throw ApiException.invalidBody(List.of(new Violation("comment", ValueCheck.textProblem(comment))));
        }
        // Locked: closing the period waits for this approval, or this approval sees it closed.
        Period.<Period>findByIdOptional(submission.periodCode(), LockModeType.PESSIMISTIC_WRITE);
        requireOpenPeriod(submission.periodCode());
        OffsetDateTime now = Timestamps.now();
        SubmissionState from = submission.state();
        submission.approve(caller.username(), now, comment);
        flush(ifMatch);
        Map<String, Indicator> catalogue = catalogue();
        Map<String, DataValue> approved = DataValue.forUnitAndPeriod(submission.orgUnitCode(), submission.periodCode());
        List<Entry> entries = new ArrayList<>();
        entries.add(Entry.stateChange(AuditAction.SUBMISSION_APPROVED, id, submission.orgUnitCode(),
                submission.periodCode(), from.code(), submission.state().code(), comment));
        for (StoredValue v : values.load(id).values()) {
            DataValue current = approved.get(v.indicator());
            if (current != null && current.value().compareTo(v.value()) == 0 && current.qualifier() == v.qualifier()) {
                continue; // unchanged: the approved value and its provenance stay as they are
            }
            entries.add(Entry.valueChange(AuditAction.VALUE_APPROVED, id, submission.orgUnitCode(),
                    submission.periodCode(), v.indicator(), current == null ? null : current.value(),
                    current == null ? null : current.qualifier(), v.value(), v.qualifier(), null));
            if (current == null) {
                DataValue.fromSubmission(catalogue.get(v.indicator()), submission.orgUnitCode(),
                        submission.periodCode(), v.value(), v.qualifier(), id, submission.submittedBy(),
                        caller.username(), now).persist();
            } else {
                current.revise(v.value(), v.qualifier(), id, submission.submittedBy(), caller.username(), now);
            }
        }
        audit.record(caller, now, entries);
        return detail(submission);
    }

    // --- shared with bulk imports --------------------------------------------------------------------

    /**
     * Writes {@code incoming} over {@code current}: new values are added, changed ones changed, identical
     * ones left alone. Returns the counts (added, changed, unchanged).
     */
    int[] apply(Caller caller, Submission submission, String ifMatch, Iterable<StoredValue> incoming,
                Map<String, StoredValue> current) {
        List<SubmissionValueStore.Change> changes = new ArrayList<>();
        List<Entry> entries = new ArrayList<>();
        int added = 0;
        int changed = 0;
        int unchanged = 0;
        for (StoredValue v : incoming) {
            StoredValue old = current.get(v.indicator());
            if (old != null && old.sameAs(v)) {
                unchanged++;
                continue;
            }
            changes.add(new SubmissionValueStore.Change(v.indicator(), old, v));
            entries.add(Entry.valueChange(old == null ? AuditAction.VALUE_ADDED : AuditAction.VALUE_CHANGED,
                    submission.id(), submission.orgUnitCode(), submission.periodCode(), v.indicator(),
                    old == null ? null : old.value(), old == null ? null : old.qualifier(), v.value(), v.qualifier(),
                    v.comment()));
            if (old == null) {
                added++;
            } else {
                changed++;
            }
        }
        if (!changes.isEmpty()) {
            OffsetDateTime now = Timestamps.now();
            submission.touch(now);
            flush(ifMatch); // takes the submission's row: a concurrent writer waits, then finds it stale
            values.write(submission.id(), changes);
            audit.record(caller, now, entries);
        }
        return new int[] {added, changed, unchanged};
    }

    void submitChecked(Caller caller, Submission submission, String ifMatch, OffsetDateTime now) {
        requireOpenPeriod(submission.periodCode());
        if (values.load(submission.id()).isEmpty()) {
            throw ApiException.conflict("Submission " + submission.id() + " has no values to submit");
        }
        SubmissionState from = submission.state();
        submission.submit(caller.username(), now);
        flush(ifMatch);
        audit.record(caller, now, Entry.stateChange(AuditAction.SUBMISSION_SUBMITTED, submission.id(),
                submission.orgUnitCode(), submission.periodCode(), from.code(), submission.state().code(), null));
    }

    /** The catalogue, read-only: Hibernate keeps no snapshots of it to compare at every flush. */
    static Map<String, Indicator> catalogue() {
        return Indicator.<Indicator>findAll().withHint(HibernateHints.HINT_READ_ONLY, true).list().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    /** County writes and approvals go only into open periods: a closed year's figures are final. */
    static void requireOpenPeriod(String code) {
        Period period = Period.findByCode(code)
                .orElseThrow(() -> ApiException.invalidParameter("period", "unknown period " + ValueCheck.printable(code)));
        if (period.state() != PeriodState.OPEN) {
            throw ApiException.conflict("Period " + code + " is closed; its figures can no longer change");
        }
    }

    private Submission findForClerk(Caller caller, long id, String ifMatch) {
        Submission submission = find(id);
        caller.requireClerkOf(submission.orgUnitCode());
        requireMatch(submission, ifMatch);
        requireOpenPeriod(submission.periodCode());
        return submission;
    }

    private static Submission find(long id) {
        return Submission.<Submission>findByIdOptional(id)
                .orElseThrow(() -> ApiException.notFound("No submission " + id));
    }

    /** Changes need the ETag the caller last saw (RFC 9110 If-Match, strong comparison). */
    private static void requireMatch(Submission submission, String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED,
                    "Send If-Match with the submission's ETag (" + submission.etag() + ") so that no change is lost",
                    List.of());
        }
        for (String tag : ifMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(submission.etag())) {
                return;
            }
        }
        throw stale();
    }

    private static ApiException stale() {
        return new ApiException(ProblemType.PRECONDITION_FAILED,
                "The submission has changed since you read it; reload it and apply your change again", List.of());
    }

    /** Writes pending changes now, so that a concurrent change surfaces here as 412 (or 409 without If-Match). */
    private void flush(String ifMatch) {
        try {
            session.flush();
        } catch (OptimisticLockException | StaleStateException e) {
            if (ifMatch == null) {
                throw e;
            }
            throw stale();
        }
    }

    Detail detail(Submission submission) {
        flush(null);
        return new Detail(submission, values.load(submission.id()),
                DataValue.forUnitAndPeriod(submission.orgUnitCode(), submission.periodCode()), catalogue());
    }
}
