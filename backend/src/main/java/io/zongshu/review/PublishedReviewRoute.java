package io.zongshu.review;

import io.netty.buffer.Unpooled;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.zongshu.common.Representation;
import io.zongshu.review.ReviewRepresentations.Rendering;
import io.zongshu.review.ReviewRepresentations.Renderings;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Serves the kept renderings of a published review, and of its sections, straight from the HTTP layer,
 * like static files: the review is the most read resource and never changes once published. Everything
 * else (a review not rendered yet, a draft, a malformed year, an unknown section, an Accept header that
 * needs negotiating) falls through to {@link ReviewResource}, which answers the same bytes and headers.
 */
@ApplicationScoped
public class PublishedReviewRoute {
    @Inject
    ReviewRepresentations representations;

    void register(@Observes Router router) {
        router.get("/api/v1/reviews/:year").handler(ctx -> serve(ctx, whole(Rendering::json)));
        router.get("/api/v1/reviews/:year/text").handler(ctx -> serve(ctx, whole(Rendering::text)));
        router.get("/api/v1/reviews/:year/sections/:key").handler(ctx -> serve(ctx, section(Rendering::json)));
        router.get("/api/v1/reviews/:year/sections/:key/text").handler(ctx -> serve(ctx, section(Rendering::text)));
    }

    private static BiFunction<RoutingContext, Renderings, Optional<Representation>> whole(
            Function<Rendering, Representation> format) {
        return (ctx, kept) -> Optional.of(format.apply(kept.review()));
    }

    private static BiFunction<RoutingContext, Renderings, Optional<Representation>> section(
            Function<Rendering, Representation> format) {
        return (ctx, kept) -> kept.section(ctx.pathParam("key")).map(format);
    }

    private void serve(RoutingContext ctx, BiFunction<RoutingContext, Renderings, Optional<Representation>> which) {
        String year = ctx.pathParam("year");
        // A query string is the resource's to check (it takes no parameters: each is a 400).
        String query = ctx.request().query();
        if (query != null && !query.isEmpty()) {
            ctx.next();
            return;
        }
        Optional<Renderings> kept = year.length() == 4 && year.chars().allMatch(Character::isDigit)
                ? representations.kept(Integer.parseInt(year)) : Optional.empty();
        Optional<Representation> fast = kept.flatMap(r -> which.apply(ctx, r))
                .filter(r -> acceptsWithoutNegotiation(ctx.request().getHeader(HttpHeaders.ACCEPT), r.mediaType()));
        if (fast.isEmpty()) {
            ctx.next();
            return;
        }
        Representation r = fast.get();
        var response = ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, ReviewResource.PUBLISHED_CACHE_CONTROL);
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
