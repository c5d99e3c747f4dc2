package io.zongshu.period;

import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.Params;
import io.zongshu.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/periods")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "periods")
public class PeriodResource {

    /** A reporting period; county offices may write only to open ones. */
    @Schema(name = "Period")
    public record PeriodView(String code, PeriodKind kind, LocalDate startDate, LocalDate endDate, PeriodState state) {
        static PeriodView of(Period p) {
            return new PeriodView(p.code(), p.kind(), p.startDate(), p.endDate(), p.state());
        }
    }

    @Inject
    PeriodService service;
    @Inject
    CurrentCaller caller;

    @POST
    @Path("/{code}/open")
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "openPeriod", summary = "Open a period for county submissions")
    @APIResponse(responseCode = "200", description = "The period, open")
    @APIResponse(responseCode = "400", description = "The code is malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only city reviewers and admins open periods", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such period", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The period's review is published", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PeriodView open(@PathParam("code") String code) {
        return PeriodView.of(service.open(caller.get(), Params.code("code", code)));
    }

    @POST
    @Path("/{code}/close")
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "closePeriod", summary = "Close a period: its figures are final, county writes get 409")
    @APIResponse(responseCode = "200", description = "The period, closed")
    @APIResponse(responseCode = "400", description = "The code is malformed", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only city reviewers and admins close periods", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No such period", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PeriodView close(@PathParam("code") String code) {
        return PeriodView.of(service.close(caller.get(), Params.code("code", code)));
    }

    @GET
    @Operation(operationId = "listPeriods", summary = "The reporting periods, newest first, with their state")
    public List<PeriodView> list() {
        return Period.<Period>listAll().stream()
                .sorted((a, b) -> b.startDate().compareTo(a.startDate()))
                .map(PeriodView::of).toList();
    }
}
