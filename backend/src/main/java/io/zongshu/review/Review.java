package io.zongshu.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zongshu.common.ApiException;
import io.zongshu.common.ProblemType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A year's review (综述) of an org unit: a draft written in versions, published in numbered editions.
 * It owns the draft's version number (the ETag of its saves) and the correction under way.
 */
@Entity
@Table(name = "review")
public class Review extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_seq")
    @SequenceGenerator(name = "review_seq", sequenceName = "review_seq", allocationSize = 50)
    private Long id;
    @Column(name = "review_year")
    private int year;
    @Column(name = "org_unit_code")
    private String orgUnitCode;
    @Column(name = "period_code")
    private String periodCode;
    private ReviewState state;
    @Column(name = "draft_version")
    private int draftVersion;
    @Column(name = "correction_reason")
    private String correctionReason;
    @Column(name = "correction_by")
    private String correctionBy;
    @Column(name = "correction_at")
    private OffsetDateTime correctionAt;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;

    /** The correction a reviewer started: why, who, when. */
    public record Correction(String reason, String by, OffsetDateTime at) {
    }

    protected Review() {
    }

    public Review(int year, String orgUnitCode, String periodCode, OffsetDateTime at) {
        this.year = year;
        this.orgUnitCode = Objects.requireNonNull(orgUnitCode, "orgUnitCode");
        this.periodCode = Objects.requireNonNull(periodCode, "periodCode");
        this.state = ReviewState.DRAFT;
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    public static Optional<Review> findByYear(int year) {
        return find("year", year).firstResultOptional();
    }

    /** The review, locked until the transaction ends: saves and publications of one review take turns. */
    public static Optional<Review> lockByYear(int year) {
        return find("year", year).withLock(LockModeType.PESSIMISTIC_WRITE).firstResultOptional();
    }

    public static List<Review> listByYear() {
        return list("order by year desc");
    }

    /**
     * Saves {@code content} as the draft's next version, if the author edited the version the draft is at:
     * a save over a version that is not the latest changes nothing (the other save is kept).
     */
    public DraftVersion save(DraftContent content, int expectedVersion, String by, OffsetDateTime at) {
        if (expectedVersion != draftVersion) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "The draft of " + year + " is at version "
                    + draftVersion + ", not " + expectedVersion + ": someone saved in between. Nothing was saved;"
                    + " reload, redo your change and save again", List.of());
        }
        content.requireWellFormed();
        draftVersion++;
        changedAt = at;
        return new DraftVersion(year, draftVersion, by, at, content);
    }

    /** Reopens the published review for a correction, which its next edition will carry. */
    public void startCorrection(String reason, String by, OffsetDateTime at) {
        if (state != ReviewState.PUBLISHED) {
            throw ApiException.conflict("The review of " + year + " has no edition yet: correct the draft instead");
        }
        correction().ifPresent(c -> {
            throw ApiException.conflict("A correction of the review of " + year + " is under way already (\""
                    + c.reason() + "\"); publish it before starting another");
        });
        correctionReason = Objects.requireNonNull(reason, "reason");
        correctionBy = by;
        correctionAt = at;
        changedAt = at;
    }

    /** An edition was published: the correction under way, if any, is done. */
    public void published(OffsetDateTime at) {
        state = ReviewState.PUBLISHED;
        if (publishedAt == null) {
            publishedAt = at;
        }
        correctionReason = null;
        correctionBy = null;
        correctionAt = null;
        changedAt = at;
    }

    public int year() {
        return year;
    }

    public String orgUnitCode() {
        return orgUnitCode;
    }

    public String periodCode() {
        return periodCode;
    }

    public ReviewState state() {
        return state;
    }

    /** The draft's latest version; 0 before the first save. */
    public int draftVersion() {
        return draftVersion;
    }

    public Optional<Correction> correction() {
        return correctionReason == null ? Optional.empty()
                : Optional.of(new Correction(correctionReason, correctionBy, correctionAt));
    }

    /** When the review (its draft, state or correction) last changed. */
    public OffsetDateTime changedAt() {
        return changedAt;
    }

    /** When its first edition was published; empty before. */
    public Optional<OffsetDateTime> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }
}
