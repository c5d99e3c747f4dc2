package io.zongshu.orgunit;

import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

    @GET
    public List<OrgUnitView> list() {
        return OrgUnit.listOrdered().stream().map(OrgUnitView::of).toList();
    }

    @GET
    @Path("/{code}")
    public OrgUnitView get(@PathParam("code") String code) {
        return OrgUnit.findByCode(Params.code("code", code)).map(OrgUnitView::of)
                .orElseThrow(() -> ApiException.notFound("No org unit with code " + code));
    }
}
