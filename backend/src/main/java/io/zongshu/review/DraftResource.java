package io.zongshu.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.ProblemType;
import io.zongshu.common.Representation;
import io.quarkus.vertx.http.Uncompressed;
import io.zongshu.common.Problem.Violation;
import io.zongshu.review.ReviewViews.VersionSummary;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.List;

/**
 * The draft of a year's review, for the city's reviewers: read it rendered with each figure's status,
 * save a new version over the one read (If-Match), and read every version saved.
 */
@Path("/api/v1/reviews/{year}/draft")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
public class DraftResource {
    @Inject
    ReviewService reviews;
    @Inject
    CurrentCaller caller;
    @Inject
    ObjectMapper json;

    // Uncompressed: a compressed answer's ETag is weak, and If-Match compares strongly.
    @Uncompressed
    @GET
    public Response get(@PathParam("year") String year) {
        return respond(reviews.draft(Params.year("year", year)));
    }

    @Uncompressed
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response save(@PathParam("year") String year, DraftContent body, @Context HttpHeaders headers) {
        int y = Params.year("year", year);
        int expected = expectedVersion(headers.getHeaderString(HttpHeaders.IF_MATCH), y);
        if (body == null) {
            throw ApiException.invalidBody(List.of(new Violation("body",
                    "is required: the draft's title, subtitle and sections")));
        }
        return respond(reviews.save(caller.get(), y, expected, body));
    }

    /**
     * One figure marker rendered as the draft would show it now: the editor's figure picker shows its value
     * and status before inserting it. Never kept: a value may be approved the next moment.
     */
    @GET
    @Path("/figure")
    public Response figure(@PathParam("year") String year, @QueryParam("markup") String markup) {
        int y = Params.year("year", year);
        if (markup == null || markup.isEmpty()) {
            throw ApiException.invalidParameter("markup", "is required: one figure marker, e.g. {{talent.recruited|wan}}");
        }
        return Response.ok(reviews.figure(y, markup)).header(HttpHeaders.CACHE_CONTROL, "private, no-store").build();
    }

    @GET
    @Path("/versions")
    public List<VersionSummary> versions(@PathParam("year") String year) {
        return reviews.versions(Params.year("year", year));
    }

    /** A saved version as it was saved: its content, who saved it and when. */
    public record VersionView(int number, String savedBy, OffsetDateTime savedAt, String title,
                              String subtitle, List<DraftContent.Section> sections) {
        static VersionView of(DraftVersion v) {
            return new VersionView(v.number(), v.savedBy(), v.savedAt(), v.content().title(), v.content().subtitle(),
                    v.content().sections());
        }
    }

    @GET
    @Path("/versions/{number}")
    public Response version(@PathParam("year") String year, @PathParam("number") String number,
                            @Context HttpHeaders headers) {
        DraftVersion v = reviews.version(Params.year("year", year), Params.intInRange("number", number, 1, 999_999_999));
        // A version never changes.
        return Representation.json(json, VersionView.of(v)).modifiedAt(v.savedAt())
                .respond(headers, "private, max-age=31536000, immutable");
    }

    private static Response respond(ReviewService.Draft draft) {
        return Response.ok(draft.view()).tag(new EntityTag(String.valueOf(draft.version())))
                .lastModified(Date.from(draft.savedAt().toInstant()))
                .header(HttpHeaders.CACHE_CONTROL, "private, no-cache").build();
    }

    /**
     * The version the save is based on, from If-Match: required (428 without), so that no save overwrites
     * a version its author has not seen. Only the draft's own ETag can match; anything else is 412.
     */
    private static int expectedVersion(String ifMatch, int year) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the draft's ETag (from GET"
                    + " /api/v1/reviews/" + year + "/draft) so that no one's saved version is overwritten", List.of());
        }
        return DraftTag.version(ifMatch, "nothing was saved");
    }
}
