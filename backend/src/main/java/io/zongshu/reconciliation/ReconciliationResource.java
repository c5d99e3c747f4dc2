package io.zongshu.reconciliation;

import io.zongshu.access.Roles;
import io.zongshu.common.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1/reconciliation")
@Produces(MediaType.APPLICATION_JSON)
public class ReconciliationResource {
    @Inject
    ReconciliationService service;

    @GET
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public ReconciliationService.Report get(
            @QueryParam("period") String period) {
        return service.reconcile(Params.code("period", period));
    }
}
