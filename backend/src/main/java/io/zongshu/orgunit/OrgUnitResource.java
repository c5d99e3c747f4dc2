package io.zongshu.orgunit;

import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/org-units")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "org-units")
public class OrgUnitResource {

    /** An org unit as the API shows it. */
    @Schema(name = "OrgUnit")
    public record OrgUnitView(String code, String nameZh, String nameEn, OrgUnitLevel level, String parent) {
        static OrgUnitView of(OrgUnit unit) {
            return new OrgUnitView(unit.code(), unit.nameZh(), unit.nameEn(), unit.level(), unit.parentCode());
        }
    }

    @GET
    @Operation(operationId = "listOrgUnits", summary = "List the units of government: the city first, then its county-level units")
    public List<OrgUnitView> list() {
        return OrgUnit.listOrdered().stream().map(OrgUnitView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getOrgUnit", summary = "One unit of government")
    @APIResponse(responseCode = "200", description = "The unit")
    @APIResponse(responseCode = "400", description = "The code is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No unit has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public OrgUnitView get(@PathParam("code") String code) {
        return OrgUnit.findByCode(Params.code("code", code)).map(OrgUnitView::of)
                .orElseThrow(() -> ApiException.notFound("No org unit with code " + code));
    }
}
