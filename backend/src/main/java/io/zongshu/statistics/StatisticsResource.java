package io.zongshu.statistics;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.common.ApiException;
import io.zongshu.common.Dated;
import io.zongshu.common.Params;
import io.zongshu.common.Representation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;

/** Themed views of one org unit's approved figures for a year; the city's unless orgUnit names another. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
public class StatisticsResource {

    @Inject
    StatisticsService statistics;
    @Inject
    ObjectMapper json;

    @GET
    @Path("/cadre-statistics/{year}")
    public Response cadre(@PathParam("year") String year, @QueryParam("orgUnit") String orgUnit,
                          @Context HttpHeaders request) {
        int y = Params.year("year", year);
        String unit = unit(orgUnit);
        return answer(statistics.cadre(y, unit), "No approved cadre figures of " + unit + " for " + y, request);
    }

    @GET
    @Path("/talent-recruitment/{year}")
    public Response talent(@PathParam("year") String year, @QueryParam("orgUnit") String orgUnit,
                           @Context HttpHeaders request) {
        int y = Params.year("year", year);
        String unit = unit(orgUnit);
        return answer(statistics.talent(y, unit), "No approved talent figures of " + unit + " for " + y, request);
    }

    private static String unit(String orgUnit) {
        return orgUnit == null ? StatisticsService.CITY : Params.code("orgUnit", orgUnit);
    }

    private Response answer(Optional<Dated<FigureGroups>> view, String none, HttpHeaders request) {
        return Representation.json(json, view.orElseThrow(() -> ApiException.notFound(none)))
                .respond(request, Representation.REVALIDATE);
    }
}
