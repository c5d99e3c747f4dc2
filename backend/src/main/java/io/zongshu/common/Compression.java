package io.zongshu.common;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Compressed answers and their validators. A strong ETag names exact bytes, and a gzip or brotli body has
 * other bytes than the plain one (RFC 9110, 8.8.3): answers that the HTTP layer will compress carry the
 * tag as weak ({@code W/"…"}), as nginx does. If-None-Match compares weakly, so a 304 still answers either
 * encoding. Answers whose tag is sent back in If-Match (a submission's version) are never compressed and
 * keep it strong. Problems are compressed like the JSON they are.
 */
@ApplicationScoped
public class Compression {

    void register(@Observes Router router) {
        router.route().order(RouteConstants.ROUTE_ORDER_UPLOAD_LIMIT - 3).handler(ctx -> {
            if (acceptsCompression(ctx.request().getHeader(HttpHeaders.ACCEPT_ENCODING))) {
                ctx.addHeadersEndHandler(v -> weakenIfCompressed(ctx));
            }
            ctx.next();
        });
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
        // A 304 stands for the answer this client would get: the compressed one.
        boolean compressed = !headers.contains(HttpHeaders.CONTENT_ENCODING) || ctx.response().getStatusCode() == 304;
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
