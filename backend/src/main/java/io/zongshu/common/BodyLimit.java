package io.zongshu.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpClosedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Refuses bodies over {@code quarkus.http.limits.max-body-size} with a 413 problem. Quarkus enforces the
 * limit too, but answers with an empty body; this runs just before it, so clients see the one error shape.
 * A body whose length is declared is refused before a byte of it is read; a chunked body (no declared
 * length) is read up to the limit and refused as soon as it passes it.
 */
@ApplicationScoped
public class BodyLimit {
    private static final Logger LOG = Logger.getLogger(BodyLimit.class);

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize limit;

    void register(@Observes Router router) {
        long max = limit.asLongValue();
        BodyHandler chunked = BodyHandler.create(false).setBodyLimit(max);
        router.route().order(RouteOrder.BODY_LIMIT).handler(ctx -> {
            String length = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            if (length != null) {
                if (declaredLength(length) > max) {
                    refuse(ctx, max);
                } else {
                    ctx.next();
                }
            } else if (ctx.request().headers().contains(HttpHeaders.TRANSFER_ENCODING, HttpHeaders.CHUNKED, true)) {
                // Buffered here, so the REST layer reads the buffer instead of enforcing the limit itself.
                chunked.handle(ctx);
            } else {
                ctx.next();
            }
        });
        router.route().order(RouteOrder.BODY_LIMIT).failureHandler(ctx -> {
            if (ctx.statusCode() == 413 && !ctx.response().headWritten()) {
                refuse(ctx, max);
            } else if (ctx.failure() instanceof HttpClosedException) {
                // The client hung up while sending (an abandoned upload, or the rest of a refused one): there is
                // no one to answer and nothing wrong with the server, so no error report with a stack trace.
                LOG.debugf("%s %s: the client closed the connection before the request ended",
                        ctx.request().method(), ctx.normalizedPath());
            } else {
                ctx.next();
            }
        });
    }

    /** Vert.x has already refused a malformed Content-Length; anything left that does not parse is "too large". */
    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return Long.MAX_VALUE;
        }
    }

    private void refuse(RoutingContext ctx, long max) {
        ProblemType type = ProblemType.PAYLOAD_TOO_LARGE;
        Problem problem = new Problem(type.uri(), type.title(), type.status(),
                "The body is larger than the " + max + " bytes (" + (max >> 20) + " MB) accepted; send it in parts",
                ctx.normalizedPath(), List.of(new Problem.Violation("body", "is larger than " + max + " bytes")));
        String body;
        try {
            body = json.writeValueAsString(problem);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        // The rest of the body is never read, so the connection cannot carry another request: close it.
        ctx.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .putHeader(HttpHeaders.CONNECTION, "close")
                .endHandler(done -> ctx.request().connection().close())
                .end(body);
    }
}
