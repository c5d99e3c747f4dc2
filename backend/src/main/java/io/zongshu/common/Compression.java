package io.zongshu.common;

import io.quarkus.vertx.http.Uncompressed;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Compressed answers and their validators. A strong ETag names exact bytes, and a gzip or brotli body has
 * other bytes than the plain one (RFC 9110, 8.8.3): answers that the HTTP layer will compress carry the
 * tag as weak ({@code W/"…"}), as nginx does. If-None-Match compares weakly, so a 304 still answers either
 * encoding. Answers whose tag is sent back in If-Match (a submission's version, a catalogue entry) are
 * never compressed and keep it strong, on a 304 too. Problems are compressed like the JSON they are.
 */
@ApplicationScoped
public class Compression {

    /** Marks a request whose resource method is {@link Uncompressed}: its 304 carries the 200's strong tag. */
    private static final String UNCOMPRESSED = Compression.class.getName() + ".uncompressed";

    @Inject
    CurrentVertxRequest request;

    @ConfigProperty(name = "quarkus.http.compress-media-types")
    List<String> compressedTypes;

    @ServerResponseFilter
    public void noteUncompressed(ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method != null && method.isAnnotationPresent(Uncompressed.class)) {
            request.getCurrent().put(UNCOMPRESSED, true);
        }
    }

    /** For answers served outside the REST layer: this one is never compressed, its 304 keeps the strong tag. */
    public static void markUncompressed(RoutingContext ctx) {
        ctx.put(UNCOMPRESSED, true);
    }

    void register(@Observes Router router) {
        router.route().order(RouteOrder.COMPRESSION).handler(ctx -> {
            boolean accepts = acceptsCompression(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING));
            ctx.addHeadersEndHandler(v -> {
                if (accepts) {
                    weakenIfCompressed(ctx);
                }
                varyOnEncoding(ctx);
            });
            ctx.next();
        });
    }

    /**
     * Answers the HTTP layer may compress differ by Accept-Encoding, compressed or not: a shared cache must
     * not hand a gzip body to a client that did not ask for one (RFC 9110, 12.5.5). A 304 says so too.
     */
    private void varyOnEncoding(RoutingContext ctx) {
        if (Boolean.TRUE.equals(ctx.get(UNCOMPRESSED))) {
            return;
        }
        MultiMap headers = ctx.response().headers();
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        boolean compressible = ctx.response().getStatusCode() == 304
                || type != null && compressedTypes.stream().anyMatch(type::startsWith);
        if (compressible && headers.getAll(HttpHeaders.VARY).stream()
                .noneMatch(v -> v.toLowerCase().contains("accept-encoding"))) {
            headers.add(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING);
        }
    }

    private static void weakenIfCompressed(RoutingContext ctx) {
        MultiMap headers = ctx.response().headers();
        // Problems raised before a resource answered skip the REST layer's compression step: they are JSON too.
        String type = headers.get(HttpHeaders.CONTENT_TYPE);
        if (type != null && type.startsWith(Problem.MEDIA_TYPE)
                && HttpHeaders.IDENTITY.toString().equals(headers.get(HttpHeaders.CONTENT_ENCODING))) {
            headers.remove(HttpHeaders.CONTENT_ENCODING);
        }
        String etag = headers.get(HttpHeaders.ETAG);
        // A 304 stands for the answer this client would get: the compressed one, unless the resource's answers
        // are never compressed.
        boolean compressed = ctx.response().getStatusCode() == 304 ? !Boolean.TRUE.equals(ctx.get(UNCOMPRESSED))
                : !headers.contains(HttpHeaders.CONTENT_ENCODING);
        if (etag != null && etag.startsWith("\"") && compressed) {
            headers.set(HttpHeaders.ETAG, "W/" + etag);
        }
    }

    /** gzip, br or deflate with a q-value above 0 (RFC 9110, 12.5.3). */
    private static boolean acceptsCompression(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            String[] coding = part.strip().split(";");
            String name = coding[0].strip().toLowerCase();
            if ((name.equals("gzip") || name.equals("br") || name.equals("deflate") || name.equals("*"))
                    && !(coding.length > 1 && coding[1].strip().matches("q=0(\\.0{0,3})?"))) {
                return true;
            }
        }
        return false;
    }
}
