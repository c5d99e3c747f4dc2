package io.zongshu.submission;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.ApiException;
import io.zongshu.common.Page;
import io.zongshu.common.PageRequest;
import io.zongshu.common.Params;
import io.zongshu.common.ProblemType;
import io.zongshu.common.Problem;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.PublicReadsUnchanged;
import io.zongshu.datavalue.DataValue;
import io.zongshu.datavalue.Qualifier;
import io.quarkus.vertx.http.Uncompressed;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
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

    public record ReturnRequest(String comment, List<Submission.ValueComment> valueComments) {
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
            List<ValueView> values = d.submission().values().values().stream().map(v -> {
                DataValue approved = d.approved().get(v.indicator());
                boolean changed = approved == null || !approved.figure().sameAs(v.figure());
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
    @Context
    Request request;
    @Context
    HttpHeaders headers;

    @PublicReadsUnchanged
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

    @PublicReadsUnchanged
    @Uncompressed
    @PUT
    @Path("/{id}/values")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.COUNTY_CLERK)
    public Response putValues(@PathParam("id") String id, ValuesInput body) {
        long submission = Params.id("id", id);
        int version = expectedVersion(submission, SubmissionService.Actor.CLERK);
        List<SubmissionValueInput> values = body == null || body.dataValues() == null ? List.of() : body.dataValues();
        return respond(Response.ok(), service.setValues(caller.get(), submission, version, values));
    }

    @PublicReadsUnchanged
    @Uncompressed
    @DELETE
    @Path("/{id}/values/{indicator}")
    @RolesAllowed(Roles.COUNTY_CLERK)
    public Response deleteValue(@PathParam("id") String id, @PathParam("indicator") String indicator) {
        long submission = Params.id("id", id);
        String code = Params.code("indicator", indicator);
        int version = expectedVersion(submission, SubmissionService.Actor.CLERK);
        return respond(Response.ok(), service.removeValue(caller.get(), submission, version, code));
    }

    @PublicReadsUnchanged
    @Uncompressed
    @POST
    @Path("/{id}/submit")
    @RolesAllowed(Roles.COUNTY_CLERK)
    public Response submit(@PathParam("id") String id) {
        long submission = Params.id("id", id);
        int version = expectedVersion(submission, SubmissionService.Actor.CLERK);
        return respond(Response.ok(), service.submit(caller.get(), submission, version));
    }

    @PublicReadsUnchanged
    @Uncompressed
    @POST
    @Path("/{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public Response returnToUnit(@PathParam("id") String id, ReturnRequest body) {
        long submission = Params.id("id", id);
        int version = expectedVersion(submission, SubmissionService.Actor.REVIEWER);
        ReturnRequest request = body == null ? new ReturnRequest(null, null) : body;
        return respond(Response.ok(), service.returnToUnit(caller.get(), submission, version,
                request.comment(), request.valueComments() == null ? List.of() : request.valueComments()));
    }

    @Uncompressed
    @POST
    @Path("/{id}/approve")
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public Response approve(@PathParam("id") String id, ApproveRequest body) {
        long submission = Params.id("id", id);
        int version = expectedVersion(submission, SubmissionService.Actor.REVIEWER);
        return respond(Response.ok(), service.approve(caller.get(), submission, version,
                body == null ? null : body.comment()));
    }

    /**
     * The version a change is based on, from If-Match (RFC 9110, 13.1.1, compared strongly): required, so that
     * no change is made over one the caller has not seen (428 without it), and current (412 otherwise).
     */
    private int expectedVersion(long id, SubmissionService.Actor actor) {
        int current = service.versionFor(caller.get(), id, actor);
        EntityTag etag = new EntityTag(String.valueOf(current));
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the submission's ETag (\""
                    + current + "\") so that no change is lost", List.of());
        }
        if (request.evaluatePreconditions(etag) != null) {
            throw Submission.stale();
        }
        return current;
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
