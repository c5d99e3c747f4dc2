package io.zongshu.statistics;

import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Problem;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics")
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @Path("/cadre-statistics/{year}")
    @Operation(operationId = "getCadreStatistics", summary = "The city's cadre figures for a year, grouped by theme")
    @APIResponse(responseCode = "200", description = "The grouped figures")
    @APIResponse(responseCode = "400", description = "The year is not a four-digit year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No cadre figures for this year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FigureGroups cadre(@Parameter(description = "Year, e.g. 2021") @PathParam("year") String year) {
        int y = Params.year("year", year);
        return statistics.cadre(y).orElseThrow(() -> ApiException.notFound("No cadre figures for " + y));
    }

    @GET
    @Path("/talent-recruitment/{year}")
    @Operation(operationId = "getTalentRecruitment", summary = "The city's talent-recruitment figures for a year, grouped by theme")
    @APIResponse(responseCode = "200", description = "The grouped figures")
    @APIResponse(responseCode = "400", description = "The year is not a four-digit year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No talent figures for this year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public FigureGroups talent(@Parameter(description = "Year, e.g. 2021") @PathParam("year") String year) {
        int y = Params.year("year", year);
        return statistics.talent(y).orElseThrow(() -> ApiException.notFound("No talent figures for " + y));
    }
}
