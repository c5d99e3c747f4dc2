package io.zongshu.reconciliation;

import io.zongshu.access.Roles;
import io.zongshu.common.Params;
import io.zongshu.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reconciliation")
@SecurityRequirement(name = "bearer")
public class ReconciliationResource {
    @Inject
    ReconciliationService service;

    @GET
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    @Operation(operationId = "getReconciliation",
            summary = "For each indicator that sums across units: the city's approved value against the sum of the counties'")
    @APIResponse(responseCode = "200", description = "One line per summable indicator")
    @APIResponse(responseCode = "400", description = "period is missing, malformed or unknown", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only city reviewers and admins reconcile", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReconciliationService.Report get(
            @Parameter(description = "Period code, e.g. 2022", required = true) @QueryParam("period") String period) {
        return service.reconcile(Params.code("period", period));
    }
}
