package io.zongshu.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.common.Dated;
import io.zongshu.common.Representation;
import io.zongshu.review.ReviewViews.ReviewDocument;
import io.zongshu.review.ReviewViews.SectionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON and text renderings of a year's review and of each of its sections. A published review never
 * changes (its period is closed, so its values cannot change either), so its renderings are made once per
 * process and kept; a draft, or a review with a figure whose value is missing, is rendered afresh on every
 * request. Renderings are deterministic, so every replica keeps the same bytes, ETag and Last-Modified
 * without coordination.
 */
@ApplicationScoped
public class ReviewRepresentations {
    /** The two renderings of one thing, the review or a section. */
    public record Rendering(Representation json, Representation text) {
    }

    /** The renderings of one review: of the whole, and of each section by key. */
    public record Renderings(ReviewState state, boolean complete, Rendering review, Map<String, Rendering> sections) {
        boolean keepable() {
            return state == ReviewState.PUBLISHED && complete;
        }

        public Optional<Rendering> section(String key) {
            return Optional.ofNullable(sections.get(key));
        }
    }

    private final Map<Integer, Renderings> published = new ConcurrentHashMap<>();

    @Inject
    ReviewService reviews;
    @Inject
    ObjectMapper mapper;

    /** The renderings kept for a published review, without touching the database. */
    public Optional<Renderings> kept(int year) {
        return Optional.ofNullable(published.get(year));
    }

    /** Renders the review from the database (blocking) and keeps it when published. */
    public Optional<Renderings> forYear(int year) {
        Renderings kept = published.get(year);
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<Renderings> made = reviews.rendered(year).map(this::render);
        made.filter(Renderings::keepable).ifPresent(r -> published.put(year, r));
        return made;
    }

    private Renderings render(Dated<ReviewDocument> rendered) {
        ReviewDocument document = rendered.value();
        OffsetDateTime at = rendered.lastModified();
        Map<String, Rendering> sections = new LinkedHashMap<>();
        for (SectionView section : document.sections()) {
            sections.put(section.key(), rendering(section, section.plainText(), at));
        }
        return new Renderings(document.state(), document.complete(), rendering(document, document.plainText(), at),
                Map.copyOf(sections));
    }

    private Rendering rendering(Object view, String text, OffsetDateTime lastModified) {
        return new Rendering(Representation.json(mapper, view).modifiedAt(lastModified),
                Representation.of(text, ReviewResource.TEXT_PLAIN_UTF8).modifiedAt(lastModified));
    }
}
