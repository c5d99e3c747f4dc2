package io.zongshu.edition;

import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

    @GET
    @Transactional
    public List<EditionView> list(@PathParam("year") String year) {
        return Edition.ofYear(Params.year("year", year)).stream().map(EditionView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public Response publish(@PathParam("year") String year) {
        Edition edition = service.publish(caller.get(), Params.year("year", year));
        return Response.created(URI.create("/api/v1/reviews/" + edition.year() + "/editions"))
                .entity(EditionView.of(edition)).build();
    }
}
