package io.zongshu.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/** A paragraph-level block: lead paragraph, topic sentence, paragraph or closing; made of runs. */
@Entity
@Table(name = "review_block")
public class ReviewBlock {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_block_seq")
    @SequenceGenerator(name = "review_block_seq", sequenceName = "review_block_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "section_id")
    private ReviewSection section;
    private int position;
    private BlockKind kind;
    @OneToMany(mappedBy = "block", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReviewRun> runs = new ArrayList<>();

    protected ReviewBlock() {
    }

    ReviewBlock(ReviewSection section, int position, BlockKind kind) {
        this.section = section;
        this.position = position;
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public void addText(String text) {
        section.review().changing();
        runs.add(ReviewRun.text(this, runs.size(), text));
    }

    public void addFigure(String indicatorCode, String orgUnitCode, String periodCode, DisplayFormat format) {
        section.review().changing();
        runs.add(ReviewRun.figure(this, runs.size(), indicatorCode, orgUnitCode, periodCode, format));
    }

    public BlockKind kind() {
        return kind;
    }

    public List<ReviewRun> runs() {
        return Collections.unmodifiableList(runs);
    }
}
