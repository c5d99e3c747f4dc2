package io.zongshu.review;

import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.review.ReviewRepresentations.Renderings;
import io.zongshu.review.ReviewViews.ReviewSummary;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import java.util.List;
import java.util.Optional;

@Path("/api/v1/reviews")
public class ReviewResource {
    static final String TEXT_PLAIN_UTF8 = "text/plain;charset=utf-8";
    static final String PUBLISHED_CACHE_CONTROL = "public, max-age=3600";

    @Inject
    ReviewService reviews;
    @Inject
    ReviewRepresentations representations;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public List<ReviewSummary> list() {
        return reviews.list();
    }

    @GET
    @Path("/{year}")
    @Produces(MediaType.APPLICATION_JSON)
    public Uni<Response> get(@PathParam("year") String year,
                             @HeaderParam("If-None-Match") String ifNoneMatch) {
        return renderings(year).map(r -> r.json().respond(ifNoneMatch, cacheControl(r)));
    }

    @GET
    @Path("/{year}/text")
    @Produces(TEXT_PLAIN_UTF8)
    public Uni<Response> text(@PathParam("year") String year,
                             @HeaderParam("If-None-Match") String ifNoneMatch) {
        return renderings(year).map(r -> r.text().respond(ifNoneMatch, cacheControl(r)));
    }

    /**
     * A published review's renderings are answered on the I/O thread; anything else is rendered from the
     * database on a worker thread.
     */
    private Uni<Renderings> renderings(String year) {
        int y = Params.year("year", year);
        Optional<Renderings> kept = representations.kept(y);
        if (kept.isPresent()) {
            return Uni.createFrom().item(kept.get());
        }
        return Uni.createFrom().item(() -> representations.forYear(y)
                        .orElseThrow(() -> ApiException.notFound("No review for " + y)))
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    /** A published review may be reused for an hour; a draft is revalidated every time. */
    private static String cacheControl(Renderings renderings) {
        return renderings.state() == ReviewState.PUBLISHED ? PUBLISHED_CACHE_CONTROL : "no-cache";
    }
}
