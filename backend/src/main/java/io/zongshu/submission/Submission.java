package io.zongshu.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zongshu.audit.AuditAction;
import io.zongshu.audit.AuditLog.Entry;
import io.zongshu.common.ApiException;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.ProblemType;
import io.zongshu.datavalue.DataValue;
import io.zongshu.indicator.Indicator;
import io.zongshu.period.Period;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * One unit's figures for one period, on their way from the county to approval: the aggregate that owns
 * its values and every rule about them. Values change only while it is a draft or returned and its period
 * is open; it is never submitted empty; an indicator has one value; a return says why; an approval
 * promotes its values to the approved figures. Each change is kept as an event for the history, and as
 * value rows for {@link SubmissionRepository} to write. The version is the ETag: each committed change,
 * including a change of one of its values, gives it a new one.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {
    static final int MAX_COMMENT = 2000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "submission_seq")
    @SequenceGenerator(name = "submission_seq", sequenceName = "submission_seq", allocationSize = 50)
    private Long id;
    @Column(name = "org_unit_code")
    private String orgUnitCode;
    @Column(name = "period_code")
    private String periodCode;
    private SubmissionState state;
    @Column(name = "open_key")
    private String openKey;
    @Version
    private int version;
    @Column(name = "created_by")
    private String createdBy;
    @Column(name = "created_at")
    private OffsetDateTime createdAt;
    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;
    @Column(name = "submitted_by")
    private String submittedBy;
    @Column(name = "submitted_at")
    private OffsetDateTime submittedAt;
    @Column(name = "decided_by")
    private String decidedBy;
    @Column(name = "decided_at")
    private OffsetDateTime decidedAt;
    @Column(name = "review_comment")
    private String reviewComment;

    /** The values by indicator code, loaded with the submission by {@link SubmissionRepository}. */
    @Transient
    private Map<String, StoredValue> values;
    /** Value rows changed since it was loaded: for the repository to write. */
    @Transient
    private final List<ValueChange> changes = new ArrayList<>();
    @Transient
    private boolean reviewCommentsChanged;
    /** What happened since it was loaded, in order: for the history. */
    @Transient
    private final List<Entry> events = new ArrayList<>();

    /** One value row to write: before is null for a new value, after is null for a removed one. */
    record ValueChange(String indicator, StoredValue before, StoredValue after) {
    }

    /** A reviewer's comment on one value, sent with a return. */
    public record ValueComment(String indicator, String comment) {
    }

    protected Submission() {
    }

    Submission(String orgUnitCode, String periodCode, String createdBy, OffsetDateTime at) {
        this.orgUnitCode = Objects.requireNonNull(orgUnitCode, "orgUnitCode");
        this.periodCode = Objects.requireNonNull(periodCode, "periodCode");
        this.state = SubmissionState.DRAFT;
        this.openKey = openKey(orgUnitCode, periodCode);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(at, "at");
        this.updatedAt = at;
        this.values = new TreeMap<>();
    }

    static String openKey(String orgUnitCode, String periodCode) {
        return orgUnitCode + "/" + periodCode;
    }

    /** Gives a loaded submission its values (the repository reads them apart from the row). */
    void attach(Map<String, StoredValue> loaded) {
        values = new TreeMap<>(loaded);
    }

    /** Records the opening, once the new draft has its id. */
    void opened() {
        events.add(Entry.stateChange(AuditAction.SUBMISSION_CREATED, id, orgUnitCode, periodCode, null,
                SubmissionState.DRAFT.code(), null));
    }

    /** The ETag the caller last read must still be this version: else someone changed it meanwhile. */
    void requireVersion(int expected) {
        if (expected != version) {
            throw stale();
        }
    }

    static ApiException stale() {
        return new ApiException(ProblemType.PRECONDITION_FAILED,
                "The submission has changed since you read it; reload it and apply your change again", List.of());
    }

    /** Values may change only while the clerk holds it (draft or returned) and its period is open. */
    void requireWritable(Period period) {
        if (!state.editable()) {
            throw ApiException.conflict("Submission " + id + " is " + state.code() + (state == SubmissionState.SUBMITTED
                    ? " and awaiting review; wait for it to be returned or approved" : "; its values no longer change"));
        }
        requireOwnPeriod(period).requireOpenFor(orgUnitCode);
    }

    /** What writing {@code incoming} would do: values added, changed, or identical to those held. */
    ImportCounts countChanges(Collection<StoredValue> incoming) {
        int added = 0;
        int changed = 0;
        for (StoredValue v : incoming) {
            StoredValue old = values.get(v.indicator());
            if (old == null) {
                added++;
            } else if (!old.sameAs(v)) {
                changed++;
            }
        }
        return new ImportCounts(added, changed, incoming.size() - added - changed);
    }

    /** Writes {@code incoming} over the values: new ones are added, changed ones changed, identical ones kept. */
    ImportCounts put(Period period, Collection<StoredValue> incoming, OffsetDateTime at) {
        requireWritable(period);
        Set<String> indicators = new HashSet<>();
        for (StoredValue v : incoming) {
            if (!indicators.add(v.indicator())) {
                throw ApiException.invalidBody(List.of(new Violation("dataValues", v.indicator() + " appears twice")));
            }
        }
        ImportCounts counts = countChanges(incoming);
        for (StoredValue v : incoming) {
            StoredValue old = values.get(v.indicator());
            if (old != null && old.sameAs(v)) {
                continue;
            }
            // The reviewer's comment on the value stays until the next return: the clerk answers it, not erases it.
            StoredValue kept = old == null ? v : v.withReviewComment(old.reviewComment());
            values.put(v.indicator(), kept);
            changes.add(new ValueChange(v.indicator(), old, kept));
            events.add(Entry.valueChange(old == null ? AuditAction.VALUE_ADDED : AuditAction.VALUE_CHANGED, id,
                    orgUnitCode, periodCode, v.indicator(), old == null ? null : old.value(),
                    old == null ? null : old.qualifier(), v.value(), v.qualifier(), v.comment()));
        }
        if (counts.changesAnything()) {
            updatedAt = at;
        }
        return counts;
    }

    void remove(Period period, String indicator, OffsetDateTime at) {
        requireWritable(period);
        StoredValue old = values.remove(indicator);
        if (old == null) {
            throw ApiException.notFound("Submission " + id + " has no value for " + ValueCheck.printable(indicator));
        }
        changes.add(new ValueChange(indicator, old, null));
        events.add(Entry.valueChange(AuditAction.VALUE_REMOVED, id, orgUnitCode, periodCode, indicator, old.value(),
                old.qualifier(), null, null, null));
        updatedAt = at;
    }

    void submit(Period period, Map<String, Indicator> catalogue, String by, OffsetDateTime at) {
        requireOwnPeriod(period).requireOpenFor(orgUnitCode);
        if (values.isEmpty()) {
            throw ApiException.conflict("Submission " + id + " has no values to submit");
        }
        SubmissionState from = requireState("submit", SubmissionState.DRAFT, SubmissionState.RETURNED);
        requireValuesFit(catalogue, "change them, then submit");
        state = SubmissionState.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        updatedAt = at;
        events.add(Entry.stateChange(AuditAction.SUBMISSION_SUBMITTED, id, orgUnitCode, periodCode, from.code(),
                state.code(), null));
    }

    /** Sends it back to the unit: the comment says what to fix, value comments say it of single values. */
    void returnToUnit(String by, OffsetDateTime at, String comment, List<ValueComment> valueComments) {
        List<Violation> violations = new ArrayList<>();
        if (comment == null || comment.isBlank()) {
            violations.add(new Violation("comment", "is required: say what to fix"));
        } else {
            commentProblem(comment).ifPresent(p -> violations.add(new Violation("comment", p)));
        }
        Map<String, String> byIndicator = new LinkedHashMap<>();
        for (int i = 0; i < valueComments.size(); i++) {
            ValueComment c = valueComments.get(i);
            String field = "valueComments[" + i + "]";
            if (c == null || c.indicator() == null || !values.containsKey(c.indicator())) {
                violations.add(new Violation(field + ".indicator", i, "must name a value of this submission"));
            } else if (c.comment() == null || c.comment().isBlank()) {
                violations.add(new Violation(field + ".comment", i, "is required, at most " + MAX_COMMENT + " characters"));
            } else if (commentProblem(c.comment()).isPresent()) {
                violations.add(new Violation(field + ".comment", i, commentProblem(c.comment()).get()));
            } else if (byIndicator.put(c.indicator(), c.comment()) != null) {
                violations.add(new Violation(field + ".indicator", i, c.indicator() + " appears twice"));
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalidBody(violations);
        }
        SubmissionState from = requireState("return", SubmissionState.SUBMITTED);
        state = SubmissionState.RETURNED;
        decide(by, at, comment);
        values.replaceAll((indicator, v) -> v.withReviewComment(byIndicator.get(indicator)));
        reviewCommentsChanged = true;
        events.add(Entry.stateChange(AuditAction.SUBMISSION_RETURNED, id, orgUnitCode, periodCode, from.code(),
                state.code(), comment));
        byIndicator.forEach((indicator, text) -> events.add(Entry.valueChange(AuditAction.VALUE_COMMENTED, id,
                orgUnitCode, periodCode, indicator, null, null, null, null, text)));
    }

    /**
     * Approves it: each value that differs from the one approved now ({@code approved}, by indicator)
     * becomes the approved figure, as a new revision naming this submission; identical ones keep theirs.
     * Returns the approved values it made for indicators that had none, for the caller to persist.
     */
    List<DataValue> approve(Period period, String by, OffsetDateTime at, String comment,
                            Map<String, DataValue> approved, Map<String, Indicator> catalogue) {
        if (comment != null) {
            commentProblem(comment).ifPresent(p -> {
                throw ApiException.invalidBody(List.of(new Violation("comment", p)));
            });
        }
        requireOwnPeriod(period).requireOpenFor(orgUnitCode);
        SubmissionState from = requireState("approve", SubmissionState.SUBMITTED);
        requireValuesFit(catalogue, "return the submission so that the unit changes them");
        state = SubmissionState.APPROVED;
        openKey = null; // the unit may open a new submission for this period
        decide(by, at, comment);
        events.add(Entry.stateChange(AuditAction.SUBMISSION_APPROVED, id, orgUnitCode, periodCode, from.code(),
                state.code(), comment));
        List<DataValue> created = new ArrayList<>();
        for (StoredValue v : values.values()) {
            DataValue current = approved.get(v.indicator());
            if (current != null && current.figure().sameAs(v.figure())) {
                continue; // unchanged: the approved value and its provenance stay as they are
            }
            events.add(Entry.valueChange(AuditAction.VALUE_APPROVED, id, orgUnitCode, periodCode, v.indicator(),
                    current == null ? null : current.value(), current == null ? null : current.qualifier(),
                    v.value(), v.qualifier(), null));
            if (current == null) {
                created.add(DataValue.fromSubmission(catalogue.get(v.indicator()), orgUnitCode, periodCode,
                        v.value(), v.qualifier(), id, submittedBy, by, at));
            } else {
                current.revise(v.value(), v.qualifier(), id, submittedBy, by, at);
            }
        }
        return created;
    }

    /**
     * Each value must still fit its catalogue entry: values were checked when written, but an admin may
     * have narrowed the bounds since. Such values stay in the submission, and are named (values[i], in the
     * order the submission lists them) for someone to change before it moves on.
     */
    private void requireValuesFit(Map<String, Indicator> catalogue, String remedy) {
        List<Violation> violations = new ArrayList<>();
        int index = 0;
        for (StoredValue v : values.values()) {
            Indicator indicator = catalogue.get(v.indicator());
            Optional<String> problem = indicator == null ? Optional.of(v.indicator() + " is no longer in the catalogue")
                    : indicator.problemWith(v.value());
            int i = index++;
            problem.ifPresent(p -> violations.add(new Violation("values[" + i + "].value", i, p)));
        }
        if (!violations.isEmpty()) {
            throw new ApiException(ProblemType.CONFLICT, violations.size() + (violations.size() == 1
                    ? " value no longer fits" : " values no longer fit") + " the indicator catalogue, which changed"
                    + " since they were written; " + remedy, violations);
        }
    }

    private void decide(String by, OffsetDateTime at, String comment) {
        decidedBy = by;
        decidedAt = at;
        reviewComment = comment;
        updatedAt = at;
    }

    private SubmissionState requireState(String action, SubmissionState... allowed) {
        for (SubmissionState s : allowed) {
            if (state == s) {
                return state;
            }
        }
        throw ApiException.conflict("Submission " + id + " is " + state.code() + "; it cannot " + action + " now");
    }

    private Period requireOwnPeriod(Period period) {
        if (!period.code().equals(periodCode)) {
            throw new IllegalArgumentException("Submission " + id + " is for " + periodCode + ", not " + period.code());
        }
        return period;
    }

    /** What is wrong with a reviewer's comment, if anything. */
    private static Optional<String> commentProblem(String comment) {
        if (comment.length() > MAX_COMMENT) {
            return Optional.of("must be at most " + MAX_COMMENT + " characters");
        }
        return Optional.ofNullable(ValueCheck.textProblem(comment));
    }

    /** The value rows and events since it was loaded; the repository takes them when it saves. */
    List<ValueChange> takeChanges() {
        List<ValueChange> taken = List.copyOf(changes);
        changes.clear();
        return taken;
    }

    List<Entry> takeEvents() {
        List<Entry> taken = List.copyOf(events);
        events.clear();
        return taken;
    }

    /** Whether the reviewer's value comments changed (a return sets them all), and clears the mark. */
    boolean takeReviewCommentsChanged() {
        boolean changed = reviewCommentsChanged;
        reviewCommentsChanged = false;
        return changed;
    }

    /** The strong entity tag of this version, as sent in ETag and expected in If-Match. */
    public String etag() {
        return "\"" + version + "\"";
    }

    /** The values by indicator code. */
    public Map<String, StoredValue> values() {
        return Collections.unmodifiableMap(values);
    }

    public Long id() {
        return id;
    }

    public String orgUnitCode() {
        return orgUnitCode;
    }

    public String periodCode() {
        return periodCode;
    }

    public SubmissionState state() {
        return state;
    }

    public int version() {
        return version;
    }

    public String createdBy() {
        return createdBy;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime updatedAt() {
        return updatedAt;
    }

    public String submittedBy() {
        return submittedBy;
    }

    public OffsetDateTime submittedAt() {
        return submittedAt;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public OffsetDateTime decidedAt() {
        return decidedAt;
    }

    public String reviewComment() {
        return reviewComment;
    }
}
