package io.zongshu.period;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.Representation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

@Path("/api/v1/periods")
@Produces(MediaType.APPLICATION_JSON)
public class PeriodResource {

    /** A reporting period; county offices may write only to open ones. */
    public record PeriodView(String code, PeriodKind kind, LocalDate startDate, LocalDate endDate, PeriodState state) {
        static PeriodView of(Period p) {
            return new PeriodView(p.code(), p.kind(), p.startDate(), p.endDate(), p.state());
        }
    }

    /** The period to add: a year's code, e.g. "2023". */
    public record AddRequest(String code) {
    }

    private static final Pattern YEAR = Pattern.compile("2[0-9]{3}");

    @Inject
    PeriodService service;
    @Inject
    CurrentCaller caller;
    @Inject
    ObjectMapper json;

    /** Adds a year: code 2023 runs from 1 January to 31 December 2023, open for county submissions. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public Response add(AddRequest body) {
        if (body == null || body.code() == null || !YEAR.matcher(body.code()).matches()) {
            throw ApiException.invalidBody(List.of(new Violation("code",
                    "must be a four-digit year from 2000 to 2999, e.g. \"2023\"")));
        }
        Period added = service.add(caller.get(), Integer.parseInt(body.code()));
        return Response.created(URI.create("/api/v1/periods/" + added.code())).entity(PeriodView.of(added)).build();
    }

    @POST
    @Path("/{code}/open")
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public PeriodView open(@PathParam("code") String code) {
        return PeriodView.of(service.open(caller.get(), Params.code("code", code)));
    }

    @POST
    @Path("/{code}/close")
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public PeriodView close(@PathParam("code") String code) {
        return PeriodView.of(service.close(caller.get(), Params.code("code", code)));
    }

    /** Newest first; last modified when a period was last added, opened or closed. */
    @GET
    public Response list(@Context HttpHeaders request) {
        List<Period> all = service.list();
        return Representation.json(json, all.stream().map(PeriodView::of).toList())
                .modifiedAt(all.stream().map(Period::changedAt)).respond(request, Representation.REVALIDATE);
    }
}
