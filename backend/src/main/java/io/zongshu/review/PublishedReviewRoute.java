package io.zongshu.review;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.zongshu.common.Representation;
import io.zongshu.review.ReviewRepresentations.Rendering;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.Function;

/**
 * Serves the kept renderings of a published edition straight from the HTTP layer, like static files: an
 * edition never changes, so its bytes are served from memory once this process has read them. Anything
 * else (an edition not read yet, a malformed path, a query string, an Accept header that needs
 * negotiating) falls through to {@link EditionResource}, which answers the same bytes and headers.
 */
@ApplicationScoped
public class PublishedReviewRoute {
    @Inject
    ReviewRepresentations representations;

    void register(@Observes Router router) {
        router.get("/api/v1/reviews/:year/editions/:number").handler(ctx -> serve(ctx, Rendering::json));
        router.get("/api/v1/reviews/:year/editions/:number/text").handler(ctx -> serve(ctx, Rendering::text));
    }

    private void serve(RoutingContext ctx, Function<Rendering, Representation> format) {
        // A query string is the resource's to check (it takes no parameters: each is a 400).
        String query = ctx.request().query();
        String year = ctx.pathParam("year");
        String number = ctx.pathParam("number");
        Optional<Representation> fast = query == null || query.isEmpty()
                ? representations.kept(year + "-" + number).map(r -> format.apply(r.review())) : Optional.empty();
        fast = fast.filter(r -> acceptsWithoutNegotiation(ctx.request().getHeader(HttpHeaders.ACCEPT), r.mediaType()));
        if (fast.isEmpty()) {
            ctx.next();
            return;
        }
        Representation r = fast.get();
        var response = ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, EditionResource.IMMUTABLE);
        r.validators().writeTo(response::putHeader);
        if (r.validators().notModified(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH),
                ctx.request().getHeader(HttpHeaders.IF_MODIFIED_SINCE))) {
            response.setStatusCode(304).end();
        } else {
            // Text, compressed as the client asks (the REST layer's compression step is not on this route).
            response.headers().remove(HttpHeaders.CONTENT_ENCODING);
            // Wrapping, not copying, the kept bytes.
            response.putHeader(HttpHeaders.CONTENT_TYPE, r.mediaType())
                    .end(Buffer.buffer(Unpooled.wrappedBuffer(r.body())));
        }
    }

    // No Accept, any type, or exactly this media type; anything else is left to the resource to negotiate.
    private static boolean acceptsWithoutNegotiation(String accept, String mediaType) {
        if (accept == null || accept.isBlank() || accept.strip().equals("*/*")) {
            return true;
        }
        String base = mediaType.split(";")[0];
        return accept.strip().equalsIgnoreCase(base) || accept.strip().equalsIgnoreCase(mediaType);
    }
}
