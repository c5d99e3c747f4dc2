package io.zongshu.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Cross-origin access (the Fetch standard's CORS): reads are public data, so any page may read them
 * ({@code Access-Control-Allow-Origin: *}, the same for every origin, so a shared cache cannot hand one
 * origin's answer to another); writes come only from the configured origins (the SPA's), and a write
 * or its preflight from any other origin is a 403 problem. Quarkus's own CORS filter has one policy for
 * every method, hence this one. Credentials (cookies) are never allowed: the API takes bearer tokens.
 */
@ApplicationScoped
public class CorsPolicy {
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");
    private static final String WRITE_METHODS = "GET, HEAD, POST, PUT, PATCH, DELETE";
    /** What a page may read of an answer besides the CORS-safelisted headers. */
    private static final String EXPOSED = "ETag, Last-Modified, Location, Content-Disposition, Zongshu-Content-Hash, "
            + "Idempotent-Replayed, Retry-After, Allow, WWW-Authenticate";
    private static final String ALLOWED_REQUEST_HEADERS = "Authorization, Content-Type, If-Match, If-None-Match, "
            + "If-Modified-Since, Idempotency-Key, Accept, Accept-Language";

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "zongshu.cors.write-origins")
    List<String> writeOrigins;

    void register(@Observes Router router) {
        router.route().order(RouteOrder.CORS).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        String origin = ctx.request().getHeader(HttpHeaders.ORIGIN);
        HttpServerResponse response = ctx.response();
        if (origin == null) {
            // Not a cross-origin request, but a shared cache may hand this answer to one: reads say * anyway.
            if (READS.contains(ctx.request().method().name())) {
                response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
                        .putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
            }
            ctx.next();
            return;
        }
        String preflightMethod = ctx.request().getHeader(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD);
        boolean preflight = ctx.request().method() == HttpMethod.OPTIONS && preflightMethod != null;
        String method = preflight ? preflightMethod.strip().toUpperCase() : ctx.request().method().name();
        boolean writer = writeOrigins.contains(origin);
        if (!READS.contains(method) && !writer) {
            refuse(ctx, origin);
            return;
        }
        if (writer) {
            // The answer names the origin, so it differs by origin.
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, origin).putHeader(HttpHeaders.VARY, "Origin");
        } else {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
        }
        if (preflight) {
            response.putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, writer ? WRITE_METHODS : "GET, HEAD")
                    .putHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS, ALLOWED_REQUEST_HEADERS)
                    .putHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400")
                    .setStatusCode(204).end();
            return;
        }
        response.putHeader(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS, EXPOSED);
        ctx.next();
    }

    private void refuse(RoutingContext ctx, String origin) {
        ProblemType type = ProblemType.FORBIDDEN;
        Problem problem = new Problem(type.uri(), type.title(), type.status(),
                "Pages from " + origin + " may read this API but not write to it", ctx.normalizedPath(),
                List.of(new Problem.Violation("Origin", "is not an origin allowed to write")));
        try {
            ctx.response().setStatusCode(type.status()).putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                    .putHeader(HttpHeaders.VARY, "Origin").end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
