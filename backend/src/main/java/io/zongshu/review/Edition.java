package io.zongshu.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Immutable;

/** A published edition of a year's review: immutable once written, its values frozen in edition_value. */
@Entity
@Immutable
@Table(name = "review_edition")
public class Edition extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_edition_seq")
    @SequenceGenerator(name = "review_edition_seq", sequenceName = "review_edition_seq", allocationSize = 50)
    private Long id;
    @Column(name = "review_year")
    private int year;
    private int number;
    @Column(name = "period_code")
    private String periodCode;
    @Column(name = "published_by")
    private String publishedBy;
    @Column(name = "published_at")
    private OffsetDateTime publishedAt;
    @Column(name = "value_count")
    private int valueCount;
    @Column(name = "content_hash")
    private String contentHash;
    @Column(name = "draft_version")
    private Integer draftVersion;
    /** The rendering as readers get it, JSON and plain text, frozen at publication. */
    private String document;
    @Column(name = "plain_text")
    private String plainText;
    /** Set for a correction: why it was published. */
    private String reason;

    protected Edition() {
    }

    Edition(int year, int number, String periodCode, String publishedBy, OffsetDateTime publishedAt,
            ContentHash hash, int draftVersion, String document, String plainText, String reason) {
        this.year = year;
        this.number = number;
        this.periodCode = Objects.requireNonNull(periodCode, "periodCode");
        this.publishedBy = Objects.requireNonNull(publishedBy, "publishedBy");
        this.publishedAt = Objects.requireNonNull(publishedAt, "publishedAt");
        this.valueCount = hash.values();
        this.contentHash = hash.hex();
        this.draftVersion = draftVersion;
        this.document = Objects.requireNonNull(document, "document");
        this.plainText = Objects.requireNonNull(plainText, "plainText");
        this.reason = reason;
    }

    public static List<Edition> ofYear(int year) {
        return list("year = ?1 order by number", year);
    }

    public static Optional<Edition> find(int year, int number) {
        return find("year = ?1 and number = ?2", year, number).firstResultOptional();
    }

    /** The year's newest edition, the one readers get. */
    public static Optional<Edition> latest(int year) {
        return find("year = ?1 order by number desc", year).firstResultOptional();
    }

    /** Editions made before reviews were written in the system, whose renderings the loader completes. */
    static List<Edition> withoutDocument() {
        return list("document is null order by year, number");
    }

    /** "2021-1": the year and the edition's number. */
    public static Optional<Edition> findByCode(String code) {
        int dash = code.indexOf('-');
        try {
            return find("year = ?1 and number = ?2", Integer.parseInt(code.substring(0, dash)),
                    Integer.parseInt(code.substring(dash + 1))).firstResultOptional();
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    public String code() {
        return year + "-" + number;
    }

    public Long id() {
        return id;
    }

    public int year() {
        return year;
    }

    public int number() {
        return number;
    }

    public String periodCode() {
        return periodCode;
    }

    public String publishedBy() {
        return publishedBy;
    }

    public OffsetDateTime publishedAt() {
        return publishedAt;
    }

    public int valueCount() {
        return valueCount;
    }

    public String contentHash() {
        return contentHash;
    }

    /** The draft version it published; empty only for an edition made before drafts had versions. */
    public Optional<Integer> draftVersion() {
        return Optional.ofNullable(draftVersion);
    }

    /** Its JSON rendering, byte for byte as readers get it. */
    public String document() {
        return document;
    }

    public String plainText() {
        return plainText;
    }

    /** Why it corrects the edition before it; empty for a first edition. */
    public Optional<String> reason() {
        return Optional.ofNullable(reason);
    }
}
