package io.zongshu.orgunit;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Representation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

@Path("/api/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
public class OrgUnitResource {

    /** An org unit as the API shows it. */
    public record OrgUnitView(String code, String nameZh, String nameEn, OrgUnitLevel level, String parent) {
        static OrgUnitView of(OrgUnit unit) {
            return new OrgUnitView(unit.code(), unit.nameZh(), unit.nameEn(), unit.level(), unit.parentCode());
        }
    }

    @Inject
    ObjectMapper json;

    @GET
    public Response list(@Context HttpHeaders request) {
        List<OrgUnit> all = OrgUnit.listOrdered();
        return Representation.json(json, all.stream().map(OrgUnitView::of).toList())
                .modifiedAt(all.stream().map(OrgUnit::changedAt)).respond(request, Representation.REVALIDATE);
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code, @Context HttpHeaders request) {
        OrgUnit unit = OrgUnit.findByCode(Params.code("code", code))
                .orElseThrow(() -> ApiException.notFound("No org unit with code " + code));
        return Representation.json(json, OrgUnitView.of(unit)).modifiedAt(unit.changedAt())
                .respond(request, Representation.REVALIDATE);
    }
}
