package io.zongshu.submission;

import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Bulk imports for county offices' scripts. */
@Path("/api/v1/data-value-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "submissions")
@SecurityRequirement(name = "bearer")
public class DataValueSetResource {
    /** Visible ASCII, as the Idempotency-Key drafts suggest (a UUID fits). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    @Inject
    DataValueSetService service;
    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Roles.COUNTY_CLERK)
    @Operation(operationId = "importDataValueSet", summary = "Write many values into your unit's drafts, all or nothing")
    @APIResponse(responseCode = "200", description = "The import summary (also for a dry run)",
            content = @Content(schema = @Schema(implementation = ImportSummary.class)))
    @APIResponse(responseCode = "400", description = "Values are wrong; nothing was written; errors name index and field", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "The body is not application/json", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "A value names another unit; nothing was written", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "A period is closed or a submission awaits review; nothing was written", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "The body is larger than the server accepts (20 MB)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "The Idempotency-Key was used for a different request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response importSet(
            @Parameter(description = "Check and report without writing") @QueryParam("dryRun") String dryRun,
            @Parameter(description = "Submit the submissions written to, in the same transaction") @QueryParam("submit") String submit,
            @Parameter(description = "Makes a retried request harmless: the same key and body get the first answer")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            DataValueSet body) {
        if (idempotencyKey != null && !KEY.matcher(idempotencyKey).matches()) {
            throw ApiException.invalidParameter("Idempotency-Key", "must be 1 to 100 visible ASCII characters");
        }
        DataValueSetService.Receipt receipt = service.importSet(caller.get(), body, Params.flag("dryRun", dryRun),
                Params.flag("submit", submit), idempotencyKey);
        Response.ResponseBuilder response = Response.ok(receipt.body(), MediaType.APPLICATION_JSON)
                .header("Cache-Control", "no-store");
        return (receipt.replayed() ? response.header("Idempotent-Replayed", "true") : response).build();
    }
}
