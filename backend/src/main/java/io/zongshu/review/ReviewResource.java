package io.zongshu.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.quarkus.vertx.http.Uncompressed;
import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.Representation;
import io.zongshu.review.ReviewRepresentations.Rendering;
import io.zongshu.review.ReviewRepresentations.Renderings;
import io.zongshu.review.ReviewViews.ReviewSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.function.Function;

/**
 * The published reviews, each as its latest edition, as JSON and as plain text, whole or one section at
 * a time ({@code …/text} is the plain-text twin of the JSON at the same path); and starting a new one.
 */
@Path("/api/v1/reviews")
public class ReviewResource {
    static final String TEXT_PLAIN_UTF8 = "text/plain;charset=utf-8";

    /** The year to start a review of, and the earlier year whose review it starts from (none: from nothing). */
    public record StartRequest(Integer year, Integer from) {
    }

    @Inject
    ReviewService reviews;
    @Inject
    EditionService editions;
    @Inject
    ReviewRepresentations representations;
    @Inject
    CurrentCaller caller;
    @Inject
    ObjectMapper json;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response list(@Context HttpHeaders request) {
        List<ReviewSummary> all = reviews.list();
        return Representation.json(json, all).modifiedAt(all.stream().map(ReviewSummary::publishedAt))
                .respond(request, Representation.REVALIDATE);
    }

    // Uncompressed: the answer's ETag (the draft's version) goes back in If-Match, which compares strongly.
    @Uncompressed
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public Response start(StartRequest body) {
        if (body == null || body.year() == null) {
            throw ApiException.invalidBody(List.of(new Violation("year", "is required: the year to write the review of")));
        }
        if (body.year() < 1000 || body.year() > 9999 || body.from() != null && body.from() >= body.year()) {
            throw ApiException.invalidBody(List.of(body.from() != null && body.from() >= body.year()
                    ? new Violation("from", "must be an earlier year than " + body.year())
                    : new Violation("year", "must be a four-digit year")));
        }
        ReviewService.Draft draft = reviews.start(caller.get(), body.year(), body.from());
        return Response.created(URI.create("/api/v1/reviews/" + body.year() + "/draft"))
                .tag(String.valueOf(draft.version())).entity(draft.view()).build();
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

    /**
     * The representation {@code which} picks from the latest edition's renderings. Which edition is the
     * latest is asked of the database every time (a correction may have superseded it through another
     * replica), so the answer is revalidated by caches too; the edition's own URL is cacheable for good.
     */
    private Uni<Response> answer(int year, HttpHeaders request, Function<Renderings, Representation> which) {
        // Only the number is asked for: the edition's documents are read once, when it is first rendered here.
        return Uni.createFrom().item(() -> editions.latestNumber(year)
                        .map(n -> representations.kept(year + "-" + n).orElseGet(() -> representations.forEdition(
                                editions.find(year, n).orElseThrow())))
                        .orElseThrow(() -> ApiException.notFound("No published review of " + year)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(r -> Response.fromResponse(which.apply(r).respond(request, Representation.REVALIDATE))
                        .header("Content-Location", "/api/v1/reviews/" + year + "/editions/"
                                + r.edition().substring(r.edition().indexOf('-') + 1)).build());
    }
}
