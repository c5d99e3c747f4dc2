package io.zongshu.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zongshu.common.Timestamps;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A year's review (综述): title, subtitle and sections, written about one org unit's figures. */
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
    private String title;
    private String subtitle;
    private ReviewState state;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @OneToMany(mappedBy = "review", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReviewSection> sections = new ArrayList<>();

    protected Review() {
    }

    public Review(int year, String orgUnitCode, String periodCode, String title, String subtitle) {
        this.year = year;
        this.orgUnitCode = Objects.requireNonNull(orgUnitCode, "orgUnitCode");
        this.periodCode = Objects.requireNonNull(periodCode, "periodCode");
        this.title = Objects.requireNonNull(title, "title");
        this.subtitle = subtitle;
        this.state = ReviewState.DRAFT;
        this.changedAt = Timestamps.now();
    }

    public static Optional<Review> findByYear(int year) {
        return find("year", year).firstResultOptional();
    }

    public static List<Review> listByYear() {
        return list("order by year desc");
    }

    public ReviewSection addSection(String key, String heading, String theme) {
        changing();
        if (sections.stream().anyMatch(s -> s.key().equals(key))) {
            throw new IllegalArgumentException("Review " + year + " already has a section " + key);
        }
        ReviewSection section = new ReviewSection(this, sections.size(), key, heading, theme);
        sections.add(section);
        return section;
    }

    /** Published at {@code at}: from then on, the review's structure no longer changes. */
    public void publish(OffsetDateTime at) {
        changing();
        state = ReviewState.PUBLISHED;
        publishedAt = Objects.requireNonNull(at, "at");
        changedAt = at;
    }

    /** Every change of the review or its parts comes through here: only a draft changes, and the time is kept. */
    void changing() {
        if (state != ReviewState.DRAFT) {
            throw new IllegalStateException("Review " + year + " is " + state.code() + " and cannot change");
        }
        changedAt = Timestamps.now();
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

    public String title() {
        return title;
    }

    public String subtitle() {
        return subtitle;
    }

    public ReviewState state() {
        return state;
    }

    /** When the review (its text, its structure or its state) last changed. */
    public OffsetDateTime changedAt() {
        return changedAt;
    }

    /** When the review was published; empty for a draft. */
    public Optional<OffsetDateTime> publishedAt() {
        return Optional.ofNullable(publishedAt);
    }

    public List<ReviewSection> sections() {
        return Collections.unmodifiableList(sections);
    }
}
