package io.zongshu.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Representation;
import io.zongshu.review.ReviewRepresentations.Rendering;
import io.zongshu.review.ReviewRepresentations.Renderings;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;

/**
 * The reviews, each as JSON and as plain text, whole or one section at a time: {@code …/text} is the
 * plain-text twin of the JSON at the same path.
 */
@Path("/api/v1/reviews")
public class ReviewResource {
    static final String TEXT_PLAIN_UTF8 = "text/plain;charset=utf-8";
    static final String PUBLISHED_CACHE_CONTROL = "public, max-age=3600";
    static final String DRAFT_CACHE_CONTROL = Representation.REVALIDATE;

    @Inject
    ReviewService reviews;
    @Inject
    ReviewRepresentations representations;
    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@Context HttpHeaders request) {
        return Representation.json(json, reviews.list()).respond(request, DRAFT_CACHE_CONTROL);
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> get(@PathParam("year") String year, @Context HttpHeaders request) {
        return answer(Params.year("year", year), request, r -> r.review().json());
    }

    @GET
    @Path("/{year}/text")
    @Produces(TEXT_PLAIN_UTF8)
    public Uni<Response> text(@PathParam("year") String year, @Context HttpHeaders request) {
        return answer(Params.year("year", year), request, r -> r.review().text());
    }

    @GET
    @Path("/{year}/sections/{key}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> section(@PathParam("year") String year, @PathParam("key") String key,
                                 @Context HttpHeaders request) {
        return oneSection(year, key, request, Rendering::json);
    }

    @GET
    @Path("/{year}/sections/{key}/text")
    @Produces(TEXT_PLAIN_UTF8)
    public Uni<Response> sectionText(@PathParam("year") String year, @PathParam("key") String key,
                                     @Context HttpHeaders request) {
        return oneSection(year, key, request, Rendering::text);
    }

    /** One section's representation in {@code format}; 404 when the review has no section {@code key}. */
    private Uni<Response> oneSection(String year, String key, HttpHeaders request,
                                     Function<Rendering, Representation> format) {
        int y = Params.year("year", year);
        String k = Params.code("key", key);
        return answer(y, request, r -> r.section(k).map(format)
                .orElseThrow(() -> ApiException.notFound("The review of " + y + " has no section " + k)));
    }

    /** The representation {@code which} picks from the year's renderings, as a (conditional) answer. */
    private Uni<Response> answer(int year, HttpHeaders request, Function<Renderings, Representation> which) {
        return renderings(year).map(r -> which.apply(r).respond(request, cacheControl(r)));
    }

    /**
     * A published review's renderings are answered on the I/O thread; anything else is rendered from the
     * database on a worker thread.
     */
    private Uni<Renderings> renderings(int year) {
        Optional<Renderings> kept = representations.kept(year);
        if (kept.isPresent()) {
            return Uni.createFrom().item(kept.get());
        }
        return Uni.createFrom().item(() -> representations.forYear(year)
                        .orElseThrow(() -> ApiException.notFound("No review for " + year)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** A published review may be reused for an hour; a draft is revalidated every time. */
    private static String cacheControl(Renderings renderings) {
        return renderings.state() == ReviewState.PUBLISHED ? PUBLISHED_CACHE_CONTROL : DRAFT_CACHE_CONTROL;
    }
}
