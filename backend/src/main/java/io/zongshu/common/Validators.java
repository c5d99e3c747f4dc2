package io.zongshu.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * The validators of a representation (RFC 9110, 8.8): a strong entity tag and, when known, the time of
 * the newest change of the data behind it (HTTP dates have whole seconds, so it is kept to the second).
 * The one place where conditional GETs are decided, for the JAX-RS resources and the Vert.x route alike:
 * If-None-Match when the request has one, otherwise If-Modified-Since (RFC 9110, 13.2.2), so the ETag
 * wins when both are sent.
 */
public record Validators(EntityTag etag, Instant lastModified) {
    /** {@code lastModified} may be null: nothing says when the data last changed. */
    public Validators {
        Objects.requireNonNull(etag, "etag");
        lastModified = lastModified == null ? null : lastModified.truncatedTo(ChronoUnit.SECONDS);
    }

    public static Validators of(EntityTag etag) {
        return new Validators(etag, null);
    }

    /** The same entity tag, with the time of the newest change (null: unknown). */
    public Validators modifiedAt(OffsetDateTime at) {
        return new Validators(etag, at == null ? null : at.toInstant());
    }

    /**
     * Whether the client's copy is current: with If-None-Match, whether it names this entity tag ("*", or
     * a list compared weakly, RFC 9110 13.1.2); without it, whether nothing changed after If-Modified-Since.
     * An If-Modified-Since that is not an HTTP date, or lies in the future, is ignored (RFC 9110, 13.1.3).
     */
    public boolean notModified(String ifNoneMatch, String ifModifiedSince) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch);
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        return HttpDates.parse(ifModifiedSince).filter(since -> !since.isAfter(Instant.now()))
                .map(since -> !lastModified.isAfter(since)).orElse(false);
    }

    private boolean matches(String ifNoneMatch) {
        String mine = etagHeader();
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(mine)) {
                return true;
            }
        }
        return false;
    }

    /** The ETag header's value: the tag in quotes. */
    public String etagHeader() {
        return '"' + etag.getValue() + '"';
    }

    /** The Last-Modified header's value, when the time is known. */
    public Optional<String> lastModifiedHeader() {
        return Optional.ofNullable(lastModified).map(HttpDates::format);
    }

    /** Writes ETag and, when known, Last-Modified: on a 200 and on a 304 alike (RFC 9110, 15.4.5). */
    public void writeTo(BiConsumer<String, String> header) {
        header.accept(HttpHeaders.ETAG, etagHeader());
        lastModifiedHeader().ifPresent(date -> header.accept(HttpHeaders.LAST_MODIFIED, date));
    }

    /** 304 when the request's copy is current, else the answer {@code ok} builds; both with these validators. */
    public Response respond(HttpHeaders request, String cacheControl, Supplier<Response.ResponseBuilder> ok) {
        Response.ResponseBuilder builder = notModified(request.getHeaderString(HttpHeaders.IF_NONE_MATCH),
                request.getHeaderString(HttpHeaders.IF_MODIFIED_SINCE)) ? Response.notModified() : ok.get();
        writeTo(builder::header);
        return builder.header(HttpHeaders.CACHE_CONTROL, cacheControl).build();
    }
}
