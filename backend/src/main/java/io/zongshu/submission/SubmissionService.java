package io.zongshu.submission;

import io.quarkus.security.ForbiddenException;
import io.zongshu.access.Caller;
import io.zongshu.common.ApiException;
import io.zongshu.common.PageRequest;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.Timestamps;
import io.zongshu.datavalue.DataValue;
import io.zongshu.indicator.Indicator;
import io.zongshu.orgunit.OrgUnit;
import io.zongshu.period.Period;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.StaleStateException;
import org.hibernate.jpa.HibernateHints;

/**
 * The use cases of the submission form: clerks open, fill and submit their unit's figures; city reviewers
 * return or approve them. Each loads the {@link Submission}, checks who may act, lets the aggregate apply
 * its rules, and saves it. A change names the version the caller last read (its If-Match).
 */
@ApplicationScoped
@Transactional
public class SubmissionService {
    @Inject
    SubmissionRepository submissions;

    /** A submission with its values, each beside the value currently approved for it. */
    public record Detail(Submission submission, Map<String, DataValue> approved, Map<String, Indicator> catalogue) {
    }

    /** Who may change a submission: its unit's clerks, or the city's reviewers. */
    public enum Actor { CLERK, REVIEWER }

    public Detail open(Caller caller, String orgUnit, String period) {
        caller.requireClerkOf(orgUnit);
        requirePeriod(period).requireOpenFor(orgUnit);
        submissions.findOpenRow(orgUnit, period).ifPresent(existing -> {
            throw ApiException.conflict("Submission " + existing.id() + " for " + orgUnit + "/" + period
                    + " is still " + existing.state().code() + "; continue that one");
        });
        Submission submission = submissions.open(caller, orgUnit, period, Timestamps.now());
        submissions.save(caller, submission);
        return detail(submission);
    }

    public Detail get(Caller caller, long id) {
        Submission submission = find(id);
        caller.requireMayRead(submission.orgUnitCode());
        return detail(submission);
    }

    /**
     * The version a change must name, once the caller is known to be allowed to make it: 404 before 403,
     * both before any precondition, so the answer never tells more than the caller may know.
     */
    public int versionFor(Caller caller, long id, Actor actor) {
        Submission submission = submissions.findRow(id).orElseThrow(() -> notFound(id));
        if (actor == Actor.CLERK) {
            caller.requireClerkOf(submission.orgUnitCode());
        }
        return submission.version();
    }

    /**
     * Clerks see their own unit's submissions only; asking for another unit's is refused, not emptied.
     * Newest first, by id: those before the page request's cursor, up to {@link PageRequest#rowsToRead()}.
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
        return submissions.list(unit, period, state, page.after(), page.rowsToRead());
    }

    /** Adds or changes the given values; all are checked first, and one bad value changes nothing. */
    public Detail setValues(Caller caller, long id, int expectedVersion, List<SubmissionValueInput> inputs) {
        Submission submission = findForClerk(caller, id, expectedVersion);
        Period period = requirePeriod(submission.periodCode());
        submission.requireWritable(period);
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
                            violations.add(new Violation(prefix + "indicator", index, v.indicator() + " appears twice"));
                        }
                    });
        }
        if (inputs.isEmpty()) {
            violations.add(new Violation("dataValues", "must list at least one value"));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalidBody(violations);
        }
        submission.put(period, incoming.values(), Timestamps.now());
        save(caller, submission);
        return detail(submission);
    }

    public Detail removeValue(Caller caller, long id, int expectedVersion, String indicator) {
        Submission submission = findForClerk(caller, id, expectedVersion);
        submission.remove(requirePeriod(submission.periodCode()), indicator, Timestamps.now());
        save(caller, submission);
        return detail(submission);
    }

    public Detail submit(Caller caller, long id, int expectedVersion) {
        Submission submission = findForClerk(caller, id, expectedVersion);
        submission.submit(requirePeriod(submission.periodCode()), catalogue(), caller.username(), Timestamps.now());
        save(caller, submission);
        return detail(submission);
    }

    public Detail returnToUnit(Caller caller, long id, int expectedVersion, String comment,
                               List<Submission.ValueComment> comments) {
        Submission submission = find(id);
        submission.requireVersion(expectedVersion);
        submission.returnToUnit(caller.username(), Timestamps.now(), comment, comments);
        save(caller, submission);
        return detail(submission);
    }

    /** The submission's values become the approved values that the public API serves. */
    public Detail approve(Caller caller, long id, int expectedVersion, String comment) {
        Submission submission = find(id);
        submission.requireVersion(expectedVersion);
        // Locked: closing the period waits for this approval, or this approval sees it closed.
        Period period = Period.<Period>findByIdOptional(submission.periodCode(), LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> unknownPeriod(submission.periodCode()));
        OffsetDateTime now = Timestamps.now();
        submission.approve(period, caller.username(), now, comment,
                DataValue.forUnitAndPeriod(submission.orgUnitCode(), submission.periodCode()), catalogue())
                .forEach(value -> value.persist());
        save(caller, submission);
        return detail(submission);
    }

    /** The catalogue, read-only: Hibernate keeps no snapshots of it to compare at every flush. */
    static Map<String, Indicator> catalogue() {
        return Indicator.<Indicator>findAll().withHint(HibernateHints.HINT_READ_ONLY, true).list().stream()
                .collect(Collectors.toMap(Indicator::code, Function.identity()));
    }

    static Period requirePeriod(String code) {
        return Period.findByCode(code).orElseThrow(() -> unknownPeriod(code));
    }

    private static ApiException unknownPeriod(String code) {
        return ApiException.invalidParameter("period", "unknown period " + ValueCheck.printable(code));
    }

    private Submission findForClerk(Caller caller, long id, int expectedVersion) {
        Submission submission = find(id);
        caller.requireClerkOf(submission.orgUnitCode());
        submission.requireVersion(expectedVersion);
        return submission;
    }

    private Submission find(long id) {
        return submissions.find(id).orElseThrow(() -> notFound(id));
    }

    private static ApiException notFound(long id) {
        return ApiException.notFound("No submission " + id);
    }

    /** Saves a change based on a version the caller read: a concurrent change found at the write is a 412. */
    private void save(Caller caller, Submission submission) {
        try {
            submissions.save(caller, submission);
        } catch (OptimisticLockException | StaleStateException e) {
            throw Submission.stale();
        }
    }

    private Detail detail(Submission submission) {
        return new Detail(submission, DataValue.forUnitAndPeriod(submission.orgUnitCode(), submission.periodCode()),
                catalogue());
    }
}
