package io.zongshu.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/** One save of a review's draft: written once, never changed or removed. */
@Entity
@Immutable
@Table(name = "review_version")
public class DraftVersion extends PanacheEntityBase {
    /** Versions are kept as JSON with a mapper of their own, so that what is stored never depends on API settings. */
    private static final ObjectMapper STORED = new ObjectMapper();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_version_seq")
    @SequenceGenerator(name = "review_version_seq", sequenceName = "review_version_seq", allocationSize = 50)
    private Long id;
    @Column(name = "review_year")
    private int year;
    private int number;
    @Column(name = "saved_by")
    private String savedBy;
    @Column(name = "saved_at")
    private OffsetDateTime savedAt;
    @Column(name = "content")
    private String json;
    @Transient
    private DraftContent content;

    protected DraftVersion() {
    }

    DraftVersion(int year, int number, String savedBy, OffsetDateTime savedAt, DraftContent content) {
        this.year = year;
        this.number = number;
        this.savedBy = Objects.requireNonNull(savedBy, "savedBy");
        this.savedAt = Objects.requireNonNull(savedAt, "savedAt");
        this.content = Objects.requireNonNull(content, "content");
        try {
            this.json = STORED.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A draft's content is always writable as JSON", e);
        }
    }

    public static Optional<DraftVersion> find(int year, int number) {
        return find("year = ?1 and number = ?2", year, number).firstResultOptional();
    }

    /** The versions of a year's draft, oldest first. */
    public static List<DraftVersion> ofYear(int year) {
        return list("year = ?1 order by number", year);
    }

    public int year() {
        return year;
    }

    public int number() {
        return number;
    }

    public String savedBy() {
        return savedBy;
    }

    public OffsetDateTime savedAt() {
        return savedAt;
    }

    public DraftContent content() {
        if (content == null) {
            try {
                content = STORED.readValue(json, DraftContent.class);
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("Version " + number + " of the " + year + " draft is unreadable", e);
            }
        }
        return content;
    }
}
