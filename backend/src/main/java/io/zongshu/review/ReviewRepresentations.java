package io.zongshu.review;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.common.Representation;
import io.zongshu.review.ReviewViews.ReviewDocument;
import io.zongshu.review.ReviewViews.SectionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON and text renderings of a published edition and of each of its sections. An edition never
 * changes, so its renderings are made once per process and kept by edition, never by year: which
 * edition is a year's latest is asked of the database on every read, so a replica can never serve an
 * edition that another one has superseded. The whole review's bytes are those frozen at publication;
 * a section's are written from them, the same on every replica.
 */
@ApplicationScoped
public class ReviewRepresentations {
    /** The two renderings of one thing, the review or a section. */
    public record Rendering(Representation json, Representation text) {
    }

    /** The renderings of one edition: of the whole, and of each section by key. */
    public record Renderings(String edition, ReviewDocument document, Rendering review, Map<String, Rendering> sections) {
        public Optional<Rendering> section(String key) {
            return Optional.ofNullable(sections.get(key));
        }
    }

    private final Map<String, Renderings> kept = new ConcurrentHashMap<>();

    @Inject
    ObjectMapper mapper;

    /** The renderings of an edition, by its code ("2022-1"), when this process has them already. */
    public Optional<Renderings> kept(String edition) {
        return Optional.ofNullable(kept.get(edition));
    }

    /** The renderings of {@code edition}, made from its frozen bytes the first time. */
    public Renderings forEdition(Edition edition) {
        return kept.computeIfAbsent(edition.code(), code -> render(edition));
    }

    private Renderings render(Edition edition) {
        ReviewDocument document;
        try {
            document = mapper.readValue(edition.document(), ReviewDocument.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Edition " + edition.code() + " has an unreadable document", e);
        }
        OffsetDateTime at = edition.publishedAt();
        Map<String, Rendering> sections = new LinkedHashMap<>();
        for (SectionView section : document.sections()) {
            sections.put(section.key(), new Rendering(Representation.json(mapper, section).modifiedAt(at),
                    Representation.of(section.plainText(), ReviewResource.TEXT_PLAIN_UTF8).modifiedAt(at)));
        }
        Rendering whole = new Rendering(
                Representation.of(edition.document().getBytes(StandardCharsets.UTF_8), "application/json").modifiedAt(at),
                Representation.of(edition.plainText(), ReviewResource.TEXT_PLAIN_UTF8).modifiedAt(at));
        return new Renderings(edition.code(), document, whole, Map.copyOf(sections));
    }
}
