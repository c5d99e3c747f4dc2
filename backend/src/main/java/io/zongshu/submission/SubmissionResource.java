package io.zongshu.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.ApiException;
import io.zongshu.common.Page;
import io.zongshu.common.PageRequest;
import io.zongshu.common.Params;
import io.zongshu.common.Problem;
import io.zongshu.common.Problem.Violation;
import io.zongshu.datavalue.DataValue;
import io.zongshu.datavalue.Qualifier;
import io.quarkus.vertx.http.Uncompressed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * County submissions. Clerks open one per unit and period, fill it and submit it; city reviewers
 * return it with comments or approve it. Every change needs If-Match with the ETag last read: answers
 * carrying that ETag are not compressed, so it stays a strong validator (If-Match compares strongly).
 */
@Path("/api/v1/submissions")
@Produces(MediaType.APPLICATION_JSON)
public class SubmissionResource {
    public record NewSubmission(String orgUnit, String period) {
    }

    public record ValuesInput(List<SubmissionValueInput> dataValues) {
    }

    public record ReturnRequest(String comment, List<SubmissionService.ValueComment> valueComments) {
    }

    public record ApproveRequest(String comment) {
    }

    /** The value approved now for the same indicator, unit and period, to compare with. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ApprovedView(BigDecimal value, Qualifier qualifier, int revision, Long submission) {
        static ApprovedView of(DataValue v) {
            return v == null ? null
                    : new ApprovedView(v.value().stripTrailingZeros(), v.qualifier(), v.revision(), v.submission());
        }
    }

    /** A value of the submission beside the approved one; changed when they differ. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ValueView(String indicator, String unit, BigDecimal value, Qualifier qualifier, String comment,
                            String reviewComment, ApprovedView approved, boolean changed) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SubmissionView(long id, String orgUnit, String period, SubmissionState state, String etag,
                                 String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                                 String submittedBy, OffsetDateTime submittedAt, String decidedBy,
                                 OffsetDateTime decidedAt, String reviewComment, List<ValueView> values) {
        static SubmissionView of(SubmissionService.Detail d) {
            Submission s = d.submission();
            List<ValueView> values = d.values().values().stream().map(v -> {
                DataValue approved = d.approved().get(v.indicator());
                boolean changed = approved == null || approved.value().compareTo(v.value()) != 0
                        || approved.qualifier() != v.qualifier();
                return new ValueView(v.indicator(), d.catalogue().get(v.indicator()).unit(), v.value(), v.qualifier(), v.comment(), v.reviewComment(),
                        ApprovedView.of(approved), changed);
            }).toList();
            return new SubmissionView(s.id(), s.orgUnitCode(), s.periodCode(), s.state(), s.etag(), s.createdBy(),
                    s.createdAt(), s.updatedAt(), s.submittedBy(), s.submittedAt(), s.decidedBy(), s.decidedAt(),
                    s.reviewComment(), values);
        }
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SummaryView(long id, String orgUnit, String period, SubmissionState state, String etag,
                              OffsetDateTime updatedAt, OffsetDateTime submittedAt, OffsetDateTime decidedAt) {
        static SummaryView of(Submission s) {
            return new SummaryView(s.id(), s.orgUnitCode(), s.periodCode(), s.state(), s.etag(), s.updatedAt(),
                    s.submittedAt(), s.decidedAt());
        }
    }

    @Inject
    SubmissionService service;
    @Inject
    CurrentCaller caller;

    @Uncompressed
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNTY_CLERK)
    public Response open(NewSubmission body) {
        if (body == null) {
            throw ApiException.invalidBody(List.of(new Violation("body", "must be {\"orgUnit\": …, \"period\": …}")));
        }
        String orgUnit = field("orgUnit", body.orgUnit());
        String period = field("period", body.period());
        SubmissionService.Detail detail = service.open(caller.get(), orgUnit, period);
        return respond(Response.created(URI.create("/api/v1/submissions/" + detail.submission().id())), detail);
    }

    /** A page of submissions, newest first; pass {@code next} as {@code after} for more. */
    @GET
    @RolesAllowed({Roles.COUNTY_CLERK, Roles.CITY_REVIEWER, Roles.ADMIN})
    public Page<SummaryView> list(
            @QueryParam("orgUnit") String orgUnit,
            @QueryParam("period") String period,
            @QueryParam("state") String state,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(after, limit);
        List<Submission> rows = service.list(caller.get(), orgUnit == null ? null : Params.code("orgUnit", orgUnit),
                period == null ? null : Params.code("period", period),
                state == null ? null : Params.codedEnum("state", state, SubmissionState.class), page);
        return Page.of(rows, page, Submission::id, SummaryView::of);
    }

    @Uncompressed
    @GET
    @Path("/{id}")
    @RolesAllowed({Roles.COUNTY_CLERK, Roles.CITY_REVIEWER, Roles.ADMIN})
    public Response get(@PathParam("id") String id) {
        return respond(Response.ok(), service.get(caller.get(), Params.id("id", id)));
    }

    @Uncompressed
    @PUT
    @Path("/{id}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNTY_CLERK)
    public Response putValues(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch, ValuesInput body) {
        List<SubmissionValueInput> values = body == null || body.dataValues() == null ? List.of() : body.dataValues();
        return respond(Response.ok(), service.setValues(caller.get(), Params.id("id", id), ifMatch, values));
    }

    @Uncompressed
    @DELETE
    @Path("/{id}/values/{indicator}")
    @RolesAllowed(Roles.COUNTY_CLERK)
    public Response deleteValue(@PathParam("id") String id, @PathParam("indicator") String indicator,
                                @HeaderParam("If-Match") String ifMatch) {
        return respond(Response.ok(), service.removeValue(caller.get(), Params.id("id", id), ifMatch,
                Params.code("indicator", indicator)));
    }

    @Uncompressed
    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.COUNTY_CLERK)
    public Response submit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch) {
        return respond(Response.ok(), service.submit(caller.get(), Params.id("id", id), ifMatch));
    }

    @Uncompressed
    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public Response returnToUnit(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                                 ReturnRequest body) {
        ReturnRequest request = body == null ? new ReturnRequest(null, null) : body;
        return respond(Response.ok(), service.returnToUnit(caller.get(), Params.id("id", id), ifMatch,
                request.comment(), request.valueComments() == null ? List.of() : request.valueComments()));
    }

    @Uncompressed
    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public Response approve(@PathParam("id") String id, @HeaderParam("If-Match") String ifMatch,
                            ApproveRequest body) {
        return respond(Response.ok(), service.approve(caller.get(), Params.id("id", id), ifMatch,
                body == null ? null : body.comment()));
    }

    private static String field(String name, String value) {
        if (value == null) {
            throw ApiException.invalidBody(List.of(new Violation(name, "is required")));
        }
        return Params.code(name, value);
    }

    private static Response respond(Response.ResponseBuilder builder, SubmissionService.Detail detail) {
        SubmissionView view = SubmissionView.of(detail);
        return builder.header("ETag", view.etag()).header("Cache-Control", "no-store").entity(view).build();
    }
}
