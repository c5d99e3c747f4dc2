package io.zongshu.submission;

import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.PublicReadsUnchanged;
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

/** Bulk imports for county offices' scripts. */
@Path("/api/v1/data-value-sets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DataValueSetResource {
    /** Visible ASCII, as the Idempotency-Key drafts suggest (a UUID fits). */
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{1,100}");

    @Inject
    DataValueSetService service;
    @Inject
    CurrentCaller caller;

    @POST
    @RolesAllowed(Roles.COUNTY_CLERK)
    @PublicReadsUnchanged
    public Response importSet(
            @QueryParam("dryRun") String dryRun,
            @QueryParam("submit") String submit,
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
