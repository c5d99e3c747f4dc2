package io.zongshu.review;

import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Problem;
import io.zongshu.review.ReviewViews.ReviewDocument;
import io.zongshu.review.ReviewRepresentations.Renderings;
import io.zongshu.review.ReviewViews.ReviewSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reviews")
@Tag(name = "reviews")
public class ReviewResource {
    static final String TEXT_PLAIN_UTF8 = "text/plain;charset=utf-8";
    static final String PUBLISHED_CACHE_CONTROL = "public, max-age=3600";

    @Inject
    ReviewService reviews;
    @Inject
    ReviewRepresentations representations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listReviews", summary = "The reviews, newest year first")
    public List<ReviewSummary> list() {
        return reviews.list();
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getReview", summary = "A year's review: sections and blocks in order, each block with its text and its runs")
    @APIResponse(responseCode = "200", description = "The review",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReviewDocument.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the client's copy (If-None-Match) is current")
    @APIResponse(responseCode = "400", description = "The year is not a four-digit year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No review for this year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> get(@Parameter(description = "The review's year, e.g. 2021") @PathParam("year") String year,
                             @Parameter(description = "An ETag from an earlier response")
                             @HeaderParam("If-None-Match") String ifNoneMatch) {
        return renderings(year).map(r -> r.json().respond(ifNoneMatch, cacheControl(r)));
    }

    @GET
    @Path("/{year}/text")
    @Produces(TEXT_PLAIN_UTF8)
    @Operation(operationId = "getReviewText", summary = "A year's review as plain text, one block per line")
    @APIResponse(responseCode = "304", description = "Not modified: the client's copy (If-None-Match) is current")
    @APIResponse(responseCode = "200", description = "The review's text",
            content = @Content(mediaType = TEXT_PLAIN_UTF8, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "The year is not a four-digit year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No review for this year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Uni<Response> text(@Parameter(description = "The review's year, e.g. 2021") @PathParam("year") String year,
                              @Parameter(description = "An ETag from an earlier response")
                             @HeaderParam("If-None-Match") String ifNoneMatch) {
        return renderings(year).map(r -> r.text().respond(ifNoneMatch, cacheControl(r)));
    }

    /**
     * A published review's renderings are answered on the I/O thread; anything else is rendered from the
     * database on a worker thread.
     */
    private Uni<Renderings> renderings(String year) {
        int y = Params.year("year", year);
        Optional<Renderings> kept = representations.kept(y);
        if (kept.isPresent()) {
            return Uni.createFrom().item(kept.get());
        }
        return Uni.createFrom().item(() -> representations.forYear(y)
                        .orElseThrow(() -> ApiException.notFound("No review for " + y)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** A published review may be reused for an hour; a draft is revalidated every time. */
    private static String cacheControl(Renderings renderings) {
        return renderings.state() == ReviewState.PUBLISHED ? PUBLISHED_CACHE_CONTROL : "no-cache";
    }
}
