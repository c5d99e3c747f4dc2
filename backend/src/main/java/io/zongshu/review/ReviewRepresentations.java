package io.zongshu.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.common.Representation;
import io.zongshu.review.ReviewViews.ReviewDocument;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON and text renderings of a year's review. A published review never changes (its period is
 * closed, so its values cannot change either), so its renderings are made once per process and kept;
 * a draft, or a review with a figure whose value is missing, is rendered afresh on every request.
 * Renderings are deterministic, so every replica keeps the same bytes and ETag without coordination.
 */
@ApplicationScoped
public class ReviewRepresentations {
    /** The two renderings of one review. */
    public record Renderings(ReviewState state, boolean complete, Representation json, Representation text) {
        boolean keepable() {
            return state == ReviewState.PUBLISHED && complete;
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
        Optional<Renderings> made = reviews.document(year).map(this::render);
        made.filter(Renderings::keepable).ifPresent(r -> published.put(year, r));
        return made;
    }

    private Renderings render(ReviewDocument document) {
        try {
            return new Renderings(document.state(), document.complete(),
                    Representation.of(mapper.writeValueAsBytes(document), MediaType.APPLICATION_JSON),
                    Representation.of(document.plainText(), ReviewResource.TEXT_PLAIN_UTF8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write review " + document.year(), e);
        }
    }
}
