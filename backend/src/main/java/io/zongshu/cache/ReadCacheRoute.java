package io.zongshu.cache;

import io.netty.buffer.Unpooled;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.ParsedHeaderValue;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.vertx.http.Uncompressed;
import io.zongshu.cache.ReadCache.Fill;
import io.zongshu.common.Compression;
import io.zongshu.common.HttpDates;
import io.zongshu.common.PublicReadsUnchanged;
import io.zongshu.common.Representation;
import io.zongshu.common.RouteOrder;
import io.zongshu.common.Validators;
import io.zongshu.review.LatestEditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Public reads answered from the {@link ReadCache}, like static files: the kept bytes (gzip or brotli as the
 * client takes, compressed once), the resource's headers, {@code Vary: Accept-Encoding}, and a 304 when the
 * client's copy is current. A read that is not kept goes to its resource, and its 200 is kept on the way
 * out, keyed by the request's canonical form: the path, the query's parameters in name order, and the
 * Accept and Accept-Language headers the resource may negotiate on.
 *
 * <p>Not kept: requests with credentials (a signed-in caller may be shown more) and conditional requests
 * (their answer may be a 304). The latest review ({@code /reviews/{year}}, its text and sections) is kept,
 * but served only once the database says the edition it names (its {@code Content-Location}) is still the
 * latest ({@link LatestEditions}: one query for many reads), so that a publication through any replica is
 * seen at once, not only when its notification arrives. Any write through this process drops everything
 * once it has answered (its transaction has committed by then), except the reads that never change (an
 * edition, the latest review) and unless it changes nothing public ({@link PublicReadsUnchanged}).
 */
@ApplicationScoped
public class ReadCacheRoute {
    private static final Logger LOG = Logger.getLogger(ReadCacheRoute.class);
    private static final String FILL = ReadCacheRoute.class.getName() + ".fill";
    private static final String PUBLIC_READS_UNCHANGED = ReadCacheRoute.class.getName() + ".unchanged";
    private static final Pattern LATEST_REVIEW = Pattern.compile("/api/v1/reviews/[^/]+(/text|/sections/.*)?");
    /** Where a latest-review answer says its edition is: {@code /api/v1/reviews/2021/editions/2}. */
    private static final Pattern EDITION_LOCATION = Pattern.compile("/api/v1/reviews/(\\d+)/editions/(\\d+)");
    /**
     * The key under which the REST layer names a request's route (its path template) in the request's context,
     * for the metrics. A read served from memory never reaches that layer: the template is kept with the read
     * and put back, so the metrics count it under its route, not under each path (ReadCacheTest).
     */
    private static final String ROUTE_TEMPLATE = "UrlPathTemplate";
    private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    /** Headers the cache writes itself, or that describe one transfer rather than the answer. */
    private static final Set<String> NOT_KEPT = headerSet("ETag", "Last-Modified", "Content-Type", "Content-Length",
            "Content-Encoding", "Transfer-Encoding", "Vary", "Set-Cookie", "Date", "Connection");

    @Inject
    ReadCache cache;
    @Inject
    CurrentVertxRequest current;
    @Inject
    Vertx vertx;
    @Inject
    LatestEditions latestEditions;

    void register(@Observes Router router) {
        router.route("/api/v1/*").order(RouteOrder.READ_CACHE).handler(this::handle);
    }

    private void handle(RoutingContext ctx) {
        HttpMethod method = ctx.request().method();
        if (!SAFE.contains(method)) {
            ctx.addHeadersEndHandler(v -> {
                if (!Boolean.TRUE.equals(ctx.get(PUBLIC_READS_UNCHANGED))) {
                    cache.invalidate();
                }
            });
            ctx.next();
            return;
        }
        if (method != HttpMethod.GET || !cacheable(ctx)) {
            ctx.next();
            return;
        }
        String key = key(ctx);
        CachedRead read = cache.get(key);
        // Over HTTP/2 the HTTP layer compresses, and takes a Content-Encoding header as the coding still to apply:
        // those reads go to the resource, as do reads that come while the compressed copies are being made.
        boolean h2 = ctx.request().version() == HttpVersion.HTTP_2;
        if (read != null && read.ready() && !h2) {
            if (LATEST_REVIEW.matcher(ctx.normalizedPath()).matches()) {
                serveIfStillLatest(ctx, key, read);
            } else {
                serve(ctx, read);
            }
            return;
        }
        if (read != null || h2) {
            ctx.next();
            return;
        }
        if (ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH) == null
                && ctx.request().getHeader(HttpHeaders.IF_MODIFIED_SINCE) == null) {
            cache.claim(key).ifPresent(fill -> {
                ctx.put(FILL, fill);
                ctx.addEndHandler(v -> cache.release(fill)); // in case nothing was kept (not a 200, an error)
            });
        }
        ctx.next();
    }

    private static boolean cacheable(RoutingContext ctx) {
        return ctx.request().getHeader(HttpHeaders.AUTHORIZATION) == null
                && ctx.request().getHeader(HttpHeaders.COOKIE) == null;
    }

    /** Serves a kept latest review if its edition is still the latest; otherwise drops it and asks the resource. */
    private void serveIfStillLatest(RoutingContext ctx, String key, CachedRead read) {
        Matcher edition = EDITION_LOCATION.matcher(read.header("Content-Location").orElse(""));
        if (!edition.matches()) {
            ctx.next();
            return;
        }
        Context context = vertx.getOrCreateContext(); // the request's own event loop
        boolean paused = !ctx.request().isEnded(); // (its end is kept for the resource, should it answer)
        if (paused) {
            ctx.request().pause();
        }
        latestEditions.now().onComplete(latest -> context.runOnContext(v -> {
            if (paused) {
                ctx.request().resume();
            }
            if (latest.succeeded() && Integer.valueOf(edition.group(2))
                    .equals(latest.result().get(Integer.valueOf(edition.group(1))))) {
                serve(ctx, read);
            } else {
                cache.drop(key, read); // superseded (or the database cannot say): the resource answers
                ctx.next();
            }
        }));
    }

    /** The request's canonical form: what the answer may depend on. */
    static String key(RoutingContext ctx) {
        StringBuilder key = new StringBuilder(ctx.normalizedPath());
        char separator = '?';
        for (String name : new TreeSet<>(ctx.queryParams().names())) {
            for (String value : ctx.queryParams().getAll(name)) {
                key.append(separator).append(encode(name)).append('=').append(encode(value));
                separator = '&';
            }
        }
        return key.append('\n').append(header(ctx, HttpHeaders.ACCEPT))
                .append('\n').append(header(ctx, HttpHeaders.ACCEPT_LANGUAGE)).toString();
    }

    private static String header(RoutingContext ctx, CharSequence name) {
        String value = ctx.request().getHeader(name);
        return value == null ? "" : value.strip();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private void serve(RoutingContext ctx, CachedRead read) {
        Context context = Vertx.currentContext();
        if (read.route() != null && context != null) {
            context.putLocal(ROUTE_TEMPLATE, read.route());
        }
        HttpServerResponse response = ctx.response();
        for (Map.Entry<String, String> h : read.headers()) {
            response.putHeader(h.getKey(), h.getValue());
        }
        if (read.uncompressed()) {
            serveUncompressed(ctx, read);
            return;
        }
        // (Vary: Accept-Encoding is added by Compression, as on every answer the HTTP layer may compress.)
        String coding = coding(ctx.parsedHeaders().acceptEncoding(), read);
        Validators validators = read.validators();
        // Other bytes than the plain body's: the tag is weak, as Compression makes it for what the HTTP layer compresses.
        String etag = coding == null ? validators.etagHeader() : "W/" + validators.etagHeader();
        response.putHeader(HttpHeaders.ETAG, etag);
        validators.lastModifiedHeader().ifPresent(date -> response.putHeader(HttpHeaders.LAST_MODIFIED, date));
        if (answeredNotModified(ctx, validators)) {
            return;
        }
        byte[] body = read.body();
        if ("br".equals(coding)) {
            body = read.brotli();
        } else if ("gzip".equals(coding)) {
            body = read.gzip();
        }
        if (coding != null) {
            response.putHeader(HttpHeaders.CONTENT_ENCODING, coding);
        }
        response.end(Buffer.buffer(Unpooled.wrappedBuffer(body)));
    }

    /** An answer whose strong ETag goes back in If-Match: never compressed (see {@link Compression}). */
    private static void serveUncompressed(RoutingContext ctx, CachedRead read) {
        HttpServerResponse response = ctx.response();
        Compression.markUncompressed(ctx);
        read.validators().writeTo(response::putHeader);
        if (answeredNotModified(ctx, read.validators())) {
            return;
        }
        response.putHeader(HttpHeaders.CONTENT_ENCODING, HttpHeaders.IDENTITY)
                .end(Buffer.buffer(Unpooled.wrappedBuffer(read.body())));
    }

    /** A 304, without the body's own headers, when the client's copy is current; whether it was sent. */
    private static boolean answeredNotModified(RoutingContext ctx, Validators validators) {
        if (!validators.notModified(ctx.request().getHeader(HttpHeaders.IF_NONE_MATCH),
                ctx.request().getHeader(HttpHeaders.IF_MODIFIED_SINCE))) {
            return false;
        }
        ctx.response().headers().remove(HttpHeaders.CONTENT_TYPE).remove("Content-Disposition");
        ctx.response().setStatusCode(304).end();
        return true;
    }

    /**
     * The kept copy the client takes with the highest q-value (brotli before gzip when equal, as it is
     * smaller), or null: the plain body (the client takes neither, or prefers identity).
     */
    private static String coding(List<ParsedHeaderValue> accepted, CachedRead read) {
        String chosen = null;
        float best = 0;
        float identity = 0;
        for (ParsedHeaderValue value : accepted) {
            // (Vert.x's isPermitted() is true for q=0, the opposite of what its name says: the weight is clearer.)
            float weight = value.weight() >= 0.001f ? value.weight() : 0;
            String name = value.value().toLowerCase(Locale.ROOT);
            String coding = switch (name) {
                case "br" -> read.brotli() != null ? "br" : null;
                case "gzip", "x-gzip" -> read.gzip() != null ? "gzip" : null;
                case "*" -> read.brotli() != null ? "br" : read.gzip() != null ? "gzip" : null;
                default -> null;
            };
            if (name.equals("identity")) {
                identity = weight;
            }
            if (coding != null && weight > 0 && (weight > best || weight == best && coding.equals("br"))) {
                best = weight;
                chosen = coding;
            }
        }
        return identity > best ? null : chosen;
    }

    /** Notes a write whose resource method changes nothing public ({@link PublicReadsUnchanged}): nothing is dropped. */
    @ServerResponseFilter
    public void noteWrite(ResourceInfo resource) {
        RoutingContext ctx = current.getCurrent();
        Method method = resource.getResourceMethod();
        if (ctx != null && method != null && method.isAnnotationPresent(PublicReadsUnchanged.class)) {
            ctx.put(PUBLIC_READS_UNCHANGED, true);
        }
    }

    /** Keeps a read's 200 on its way out of the resource (bytes as they are, or as they are streamed). */
    @ServerResponseFilter
    public void keep(ContainerResponseContext response, ResourceInfo resource) {
        RoutingContext ctx = current.getCurrent();
        Fill fill = ctx == null ? null : ctx.get(FILL);
        if (fill == null || response.getStatus() != 200 || response.getMediaType() == null) {
            return;
        }
        String etag = response.getHeaderString(HttpHeaders.ETAG.toString());
        if (etag != null && !(etag.startsWith("\"") && etag.endsWith("\""))) {
            return; // weak: not the resource's own bytes
        }
        Instant modified = Optional.ofNullable(response.getHeaderString(HttpHeaders.LAST_MODIFIED.toString()))
                .flatMap(HttpDates::parse).orElse(null);
        Method method = resource.getResourceMethod();
        boolean uncompressed = method != null && method.isAnnotationPresent(Uncompressed.class);
        List<Map.Entry<String, String>> headers = new ArrayList<>();
        headers.add(Map.entry(HttpHeaders.CONTENT_TYPE.toString(), response.getMediaType().toString()));
        response.getStringHeaders().forEach((name, values) -> {
            if (!NOT_KEPT.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> headers.add(Map.entry(name, v)));
            }
        });
        // An edition (immutable) and the latest review (confirmed on every read) outlast changes of data.
        String cacheControl = response.getHeaderString(HttpHeaders.CACHE_CONTROL.toString());
        boolean lasting = cacheControl != null && cacheControl.contains("immutable")
                || LATEST_REVIEW.matcher(ctx.normalizedPath()).matches();
        Context context = Vertx.currentContext();
        String route = context == null ? null : context.getLocal(ROUTE_TEMPLATE);
        Consumer<byte[]> keep = body -> {
            Validators validators = new Validators(etag != null ? new EntityTag(etag.substring(1, etag.length() - 1))
                    : Representation.strongTag(body), modified);
            CachedRead read = new CachedRead(headers, body, validators, uncompressed, lasting, route);
            if (cache.put(fill, read) && !uncompressed) {
                vertx.executeBlocking(() -> {
                    cache.grew(fill.key(), read, read.compress());
                    return null;
                }, false).onFailure(e -> LOG.warnf(e, "Could not compress a kept read (%s)", fill.key()));
            }
        };
        Object entity = response.getEntity();
        if (entity instanceof byte[] body) {
            keep.accept(body);
        } else if (entity instanceof StreamingOutput streaming) {
            // Written here, on the worker thread, into memory: an answer this size is sent from the bytes and
            // kept. A larger one is not kept: it is streamed from the start again, as it would have been.
            Bounded buffer = new Bounded(cache.maxEntryBytes());
            try {
                streaming.write(buffer);
            } catch (IOException | RuntimeException e) {
                if (Bounded.isFull(e)) {
                    cache.neverKeep(fill); // until the data changes: no read of it needs to try again
                    return;
                }
                throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
            }
            byte[] body = buffer.toByteArray();
            response.setEntity(body);
            keep.accept(body);
        }
    }

    /** A buffer that refuses to grow past {@code limit}. */
    private static final class Bounded extends ByteArrayOutputStream {
        static final class Full extends RuntimeException {
            Full() {
                super(null, null, false, false);
            }
        }

        private final int limit;

        /** Whether {@code e} is, or was caused by, the buffer being full (a writer may wrap it). */
        static boolean isFull(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof Full) {
                    return true;
                }
            }
            return false;
        }

        Bounded(int limit) {
            this.limit = limit;
        }

        @Override
        public synchronized void write(int b) {
            if (count + 1 > limit) {
                throw new Full();
            }
            super.write(b);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) {
            if (count + len > limit) {
                throw new Full();
            }
            super.write(b, off, len);
        }

        @Override
        public void close() {
            // the bytes stay readable
        }
    }

    private static Set<String> headerSet(String... names) {
        Set<String> set = new TreeSet<>();
        for (String n : names) {
            set.add(n.toLowerCase(Locale.ROOT));
        }
        return set;
    }
}
