package io.zongshu.edition;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.Params;
import io.zongshu.common.Representation;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
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
import java.time.OffsetDateTime;
import java.util.List;

@Path("/api/v1/reviews/{year}/editions")
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {

    /** A published edition; export it with GET /api/v1/exports?edition={code}. */
    public record EditionView(String code, int year, int number, String period, String publishedBy,
                              OffsetDateTime publishedAt, int values, String contentHash) {
        static EditionView of(Edition e) {
            return new EditionView(e.code(), e.year(), e.number(), e.periodCode(), e.publishedBy(), e.publishedAt(),
                    e.valueCount(), e.contentHash());
        }
    }

    @Inject
    EditionService service;
    @Inject
    CurrentCaller caller;
    @Inject
    ObjectMapper json;

    /** Oldest first; last modified when the newest of them was published (editions never change). */
    @GET
    public Response list(@PathParam("year") String year, @Context HttpHeaders request) {
        List<Edition> all = service.ofYear(Params.year("year", year));
        return Representation.json(json, all.stream().map(EditionView::of).toList())
                .modifiedAt(all.stream().map(Edition::publishedAt)).respond(request, Representation.REVALIDATE);
    }

    @POST
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public Response publish(@PathParam("year") String year) {
        Edition edition = service.publish(caller.get(), Params.year("year", year));
        return Response.created(URI.create("/api/v1/reviews/" + edition.year() + "/editions"))
                .entity(EditionView.of(edition)).build();
    }
}
