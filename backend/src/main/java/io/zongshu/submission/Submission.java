package io.zongshu.submission;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zongshu.common.ApiException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;

/**
 * One unit's figures for one period, on their way from the county to approval. Its state changes only
 * through the behaviour methods below, which refuse moves the workflow does not allow. The version is
 * the ETag: every change, including a change of one of its values, increments it.
 */
@Entity
@Table(name = "submission")
public class Submission extends PanacheEntityBase {
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

    protected Submission() {
    }

    public Submission(String orgUnitCode, String periodCode, String createdBy, OffsetDateTime at) {
        this.orgUnitCode = Objects.requireNonNull(orgUnitCode, "orgUnitCode");
        this.periodCode = Objects.requireNonNull(periodCode, "periodCode");
        this.state = SubmissionState.DRAFT;
        this.openKey = openKey(orgUnitCode, periodCode);
        this.createdBy = Objects.requireNonNull(createdBy, "createdBy");
        this.createdAt = Objects.requireNonNull(at, "at");
        this.updatedAt = at;
    }

    private static String openKey(String orgUnitCode, String periodCode) {
        return orgUnitCode + "/" + periodCode;
    }

    /** The submission of a unit and period that is not yet approved, if there is one. */
    public static Optional<Submission> findOpen(String orgUnitCode, String periodCode) {
        return find("openKey", openKey(orgUnitCode, periodCode)).firstResultOptional();
    }

    /** Records that a value changed; the version (and so the ETag) moves on when this is flushed. */
    void touch(OffsetDateTime at) {
        requireState("change values of", SubmissionState.DRAFT, SubmissionState.RETURNED);
        updatedAt = at;
    }

    void submit(String by, OffsetDateTime at) {
        requireState("submit", SubmissionState.DRAFT, SubmissionState.RETURNED);
        state = SubmissionState.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
        updatedAt = at;
    }

    void returnToUnit(String by, OffsetDateTime at, String comment) {
        requireState("return", SubmissionState.SUBMITTED);
        state = SubmissionState.RETURNED;
        decide(by, at, comment);
    }

    void approve(String by, OffsetDateTime at, String comment) {
        requireState("approve", SubmissionState.SUBMITTED);
        state = SubmissionState.APPROVED;
        openKey = null; // the unit may open a new submission for this period
        decide(by, at, comment);
    }

    private void decide(String by, OffsetDateTime at, String comment) {
        decidedBy = by;
        decidedAt = at;
        reviewComment = comment;
        updatedAt = at;
    }

    private void requireState(String action, SubmissionState... allowed) {
        for (SubmissionState s : allowed) {
            if (state == s) {
                return;
            }
        }
        throw ApiException.conflict("Submission " + id + " is " + state.code() + "; it cannot " + action + " now");
    }

    /** The strong entity tag of this version, as sent in ETag and expected in If-Match. */
    public String etag() {
        return "\"" + version + "\"";
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
