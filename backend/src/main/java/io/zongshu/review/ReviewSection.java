package io.zongshu.review;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
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

/** A section of a review: an optional heading and theme line, then its blocks. */
@Entity
@Table(name = "review_section")
public class ReviewSection {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "review_section_seq")
    @SequenceGenerator(name = "review_section_seq", sequenceName = "review_section_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "review_id")
    private Review review;
    private int position;
    @Column(name = "section_key")
    private String key;
    private String heading;
    private String theme;
    @OneToMany(mappedBy = "section", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<ReviewBlock> blocks = new ArrayList<>();

    protected ReviewSection() {
    }

    ReviewSection(Review review, int position, String key, String heading, String theme) {
        this.review = review;
        this.position = position;
        this.key = Objects.requireNonNull(key, "key");
        this.heading = heading;
        this.theme = theme;
    }

    public ReviewBlock addBlock(BlockKind kind) {
        review.changing();
        ReviewBlock block = new ReviewBlock(this, blocks.size(), kind);
        blocks.add(block);
        return block;
    }

    Review review() {
        return review;
    }

    public String key() {
        return key;
    }

    public String heading() {
        return heading;
    }

    public String theme() {
        return theme;
    }

    public List<ReviewBlock> blocks() {
        return Collections.unmodifiableList(blocks);
    }
}
