package io.zongshu.review;

import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Problem;
import io.zongshu.review.ReviewViews.ReviewDocument;
import io.zongshu.review.ReviewViews.ReviewSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
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

    @Inject
    ReviewService reviews;

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
    @APIResponse(responseCode = "200", description = "The review")
    @APIResponse(responseCode = "400", description = "The year is not a four-digit year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No review for this year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReviewDocument get(@Parameter(description = "The review's year, e.g. 2021") @PathParam("year") String year) {
        return document(year);
    }

    @GET
    @Path("/{year}/text")
    @Produces(TEXT_PLAIN_UTF8)
    @Operation(operationId = "getReviewText", summary = "A year's review as plain text, one block per line")
    @APIResponse(responseCode = "200", description = "The review's text",
            content = @Content(mediaType = TEXT_PLAIN_UTF8, schema = @Schema(implementation = String.class)))
    @APIResponse(responseCode = "400", description = "The year is not a four-digit year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No review for this year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public String text(@Parameter(description = "The review's year, e.g. 2021") @PathParam("year") String year) {
        return document(year).plainText();
    }

    private ReviewDocument document(String year) {
        int y = Params.year("year", year);
        return reviews.document(y).orElseThrow(() -> ApiException.notFound("No review for " + y));
    }
}
