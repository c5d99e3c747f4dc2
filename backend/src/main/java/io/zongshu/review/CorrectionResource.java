package io.zongshu.review;

import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Problem.Violation;
import io.zongshu.period.Period;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;

/** A reviewer starts a correction of a published review, saying why. */
@Path("/api/v1/reviews/{year}/corrections")
@Produces(MediaType.APPLICATION_JSON)
public class CorrectionResource {
    /** Why the review is corrected, and (optional) the org units whose figures it may change. */
    public record CorrectionRequest(String reason, List<String> orgUnits) {
    }

    /** The correction under way: the period it reopened, to which units (empty: all), and the draft to edit. */
    public record CorrectionView(int year, String reason, String by, OffsetDateTime at,
                                 String period, List<String> orgUnits, String draft) {
    }

    @Inject
    EditionService editions;
    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public Response start(@PathParam("year") String year, CorrectionRequest body) {
        int y = Params.year("year", year);
        if (body == null) {
            throw ApiException.invalidBody(List.of(new Violation("reason", "is required")));
        }
        Review review = editions.startCorrection(caller.get(), y, body.reason(), body.orgUnits());
        Review.Correction c = review.correction().orElseThrow();
        return Response.ok(new CorrectionView(y, c.reason(), c.by(), c.at(), review.periodCode(),
                List.copyOf(Period.findByCode(review.periodCode()).orElseThrow().openFor()),
                "/api/v1/reviews/" + y + "/draft")).build();
    }
}
