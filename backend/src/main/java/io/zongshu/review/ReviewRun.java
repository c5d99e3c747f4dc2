package io.zongshu.review;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.Objects;

/** Plain text, or a reference to a data value that is rendered when the review is read. */
@Entity
@Table(name = "review_run")
public class ReviewRun {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_run_seq")
    @SequenceGenerator(name = "review_run_seq", sequenceName = "review_run_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "block_id")
    private ReviewBlock block;
    private int position;
    private RunKind kind;
    private String text;
    @Column(name = "indicator_code")
    private String indicatorCode;
    @Column(name = "org_unit_code")
    private String orgUnitCode;
    @Column(name = "period_code")
    private String periodCode;
    @Column(name = "display_format")
    private DisplayFormat format;

    protected ReviewRun() {
    }

    static ReviewRun text(ReviewBlock block, int position, String text) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("A text run needs text");
        }
        ReviewRun run = new ReviewRun();
        run.block = block;
        run.position = position;
        run.kind = RunKind.TEXT;
        run.text = text;
        return run;
    }

    static ReviewRun figure(ReviewBlock block, int position, String indicatorCode, String orgUnitCode,
                            String periodCode, DisplayFormat format) {
        ReviewRun run = new ReviewRun();
        run.block = block;
        run.position = position;
        run.kind = RunKind.FIGURE;
        run.indicatorCode = Objects.requireNonNull(indicatorCode, "indicatorCode");
        run.orgUnitCode = Objects.requireNonNull(orgUnitCode, "orgUnitCode");
        run.periodCode = Objects.requireNonNull(periodCode, "periodCode");
        run.format = Objects.requireNonNull(format, "format");
        return run;
    }

    public RunKind kind() {
        return kind;
    }

    public String text() {
        return text;
    }

    public String indicatorCode() {
        return indicatorCode;
    }

    public String orgUnitCode() {
        return orgUnitCode;
    }

    public String periodCode() {
        return periodCode;
    }

    public DisplayFormat format() {
        return format;
    }
}
