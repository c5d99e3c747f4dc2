package io.zongshu.statistics;

import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;

    @GET
    @Path("/cadre-statistics/{year}")
    public FigureGroups cadre(@PathParam("year") String year) {
        int y = Params.year("year", year);
        return statistics.cadre(y).orElseThrow(() -> ApiException.notFound("No cadre figures for " + y));
    }

    @GET
    @Path("/talent-recruitment/{year}")
    public FigureGroups talent(@PathParam("year") String year) {
        int y = Params.year("year", year);
        return statistics.talent(y).orElseThrow(() -> ApiException.notFound("No talent figures for " + y));
    }
}
