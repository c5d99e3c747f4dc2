package io.zongshu.edition;

import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.Params;
import io.zongshu.common.Problem;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reviews/{year}/editions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "reviews")
public class EditionResource {

    /** A published edition; export it with GET /api/v1/exports?edition={code}. */
    @Schema(name = "Edition")
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
    @Operation(operationId = "listEditions", summary = "The published editions of a year's review, oldest first")
    @APIResponse(responseCode = "200", description = "The editions")
    @APIResponse(responseCode = "400", description = "The year is not a four-digit year",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<EditionView> list(@PathParam("year") String year) {
        return Edition.ofYear(Params.year("year", year)).stream().map(EditionView::of).toList();
    }

    @POST
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    @SecurityRequirement(name = "bearer")
    @Operation(operationId = "publishEdition",
            summary = "Publish an edition: the review is published, its period closed, its values frozen")
    @APIResponse(responseCode = "201", description = "The new edition",
            content = @Content(schema = @Schema(implementation = EditionView.class)))
    @APIResponse(responseCode = "400", description = "The year is not a four-digit year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "No valid bearer token", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "Only city reviewers and admins publish", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No review of that year", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response publish(@PathParam("year") String year) {
        Edition edition = service.publish(caller.get(), Params.year("year", year));
        return Response.created(URI.create("/api/v1/reviews/" + edition.year() + "/editions"))
                .entity(EditionView.of(edition)).build();
    }
}
