package io.zongshu.review;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Representation;
import io.zongshu.review.ReviewRepresentations.Rendering;
import io.zongshu.review.ReviewViews.ValueChange;
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
import java.util.stream.Stream;
import java.util.function.Function;

/**
 * The editions of a year's review: the list, publishing the next one, each edition's frozen JSON and
 * text, and what changed between two of them.
 */
@Path("/api/v1/reviews/{year}/editions")
@Produces(MediaType.APPLICATION_JSON)
public class EditionResource {
    /** An edition never changes: any copy may be kept for good. */
    static final String IMMUTABLE = "public, max-age=31536000, immutable";

    /**
     * A published edition; export its values with GET /api/v1/exports?edition={code}. {@code supersededBy}
     * names the edition that corrected it, {@code reason} why this one corrects the one before.
     */
    public record EditionView(String code, int year, int number, String period, String publishedBy,
                              OffsetDateTime publishedAt, int values, String contentHash, Integer draftVersion,
                              String reason, String supersededBy, String href, List<ValueChange> changedSince) {
        static EditionView of(Edition e, List<Edition> all, List<ValueChange> changedSince) {
            String next = all.stream().filter(o -> o.number() == e.number() + 1).map(Edition::code).findFirst()
                    .orElse(null);
            return new EditionView(e.code(), e.year(), e.number(), e.periodCode(), e.publishedBy(), e.publishedAt(),
                    e.valueCount(), e.contentHash(), e.draftVersion().orElse(null), e.reason().orElse(null), next,
                    "/api/v1/reviews/" + e.year() + "/editions/" + e.number(), next == null ? changedSince : null);
        }
    }

    @Inject
    EditionService service;
    @Inject
    ReviewRepresentations representations;
    @Inject
    CurrentCaller caller;
    @Inject
    ObjectMapper json;

    /**
     * Oldest first; the latest says which approved values now differ from what it froze (a correction to
     * make). Last modified at the newest publication or approval in the year.
     */
    @GET
    public Response list(@PathParam("year") String year, @Context HttpHeaders request) {
        List<Edition> all = service.ofYear(Params.year("year", year));
        List<ValueChange> changed = all.isEmpty() ? List.of() : service.changedSince(all.get(all.size() - 1));
        return Representation.json(json, all.stream().map(e -> EditionView.of(e, all, changed)).toList())
                .modifiedAt(Stream.concat(all.stream().map(Edition::publishedAt),
                        all.stream().findFirst().flatMap(service::valuesChangedAt).stream()))
                .respond(request, Representation.REVALIDATE);
    }

    /**
     * Publishes the draft as the next edition. With If-Match (the draft's ETag), only the version the
     * reviewer checked is published.
     */
    @POST
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public Response publish(@PathParam("year") String year, @Context HttpHeaders headers) {
        int y = Params.year("year", year);
        Edition edition = service.publish(caller.get(), y, expectedVersion(headers.getHeaderString(HttpHeaders.IF_MATCH)));
        return Response.created(URI.create("/api/v1/reviews/" + y + "/editions/" + edition.number()))
                .entity(EditionView.of(edition, List.of(edition), List.of())).build();
    }

    @GET
    @Path("/{number}")
    public Uni<Response> get(@PathParam("year") String year, @PathParam("number") String number,
                             @Context HttpHeaders request) {
        return edition(year, number, request, Rendering::json);
    }

    @GET
    @Path("/{number}/text")
    @Produces(ReviewResource.TEXT_PLAIN_UTF8)
    public Uni<Response> text(@PathParam("year") String year, @PathParam("number") String number,
                              @Context HttpHeaders request) {
        return edition(year, number, request, Rendering::text);
    }

    @GET
    @Path("/{from}/compare/{to}")
    public Response compare(@PathParam("year") String year, @PathParam("from") String from,
                            @PathParam("to") String to, @Context HttpHeaders request) {
        int y = Params.year("year", year);
        EditionComparison comparison = service.compare(y, number("from", from), number("to", to));
        return Representation.json(json, comparison).respond(request, IMMUTABLE);
    }

    /** An edition's frozen rendering, read from the database once per process (on a worker thread). */
    private Uni<Response> edition(String year, String number, HttpHeaders request,
                                  Function<Rendering, Representation> format) {
        int y = Params.year("year", year);
        int n = number("number", number);
        return Uni.createFrom().item(() -> service.find(y, n).map(representations::forEdition)
                        .orElseThrow(() -> ApiException.notFound("No edition " + y + "-" + n)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
                .map(r -> format.apply(r.review()).respond(request, IMMUTABLE));
    }

    private static int number(String name, String value) {
        return Params.intInRange(name, value, 1, 999_999);
    }

    /** If-Match is optional here; when sent, it is one strong ETag of the draft. */
    private static Integer expectedVersion(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        return DraftTag.version(ifMatch, "nothing was published");
    }
}
