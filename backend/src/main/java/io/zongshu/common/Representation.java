package io.zongshu.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.stream.Stream;

/**
 * A response body made once, with its media type and its validators: a strong ETag derived from the
 * bytes and, when given, the time of the newest change of the data it shows.
 */
public record Representation(byte[] body, String mediaType, Validators validators) {
    /** Cache-Control of what may change at any time: a copy may be kept, but is revalidated before each use. */
    public static final String REVALIDATE = "no-cache";

    public static Representation of(byte[] body, String mediaType) {
        return new Representation(body, mediaType, Validators.of(strongTag(body)));
    }

    public static Representation of(String body, String mediaType) {
        return of(body.getBytes(StandardCharsets.UTF_8), mediaType);
    }

    /** A view written as JSON by the application's mapper. */
    public static Representation json(ObjectMapper mapper, Object view) {
        try {
            return of(mapper.writeValueAsBytes(view), MediaType.APPLICATION_JSON);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + view.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /** A strong entity tag: the SHA-256 of the bytes, base64url. */
    public static EntityTag strongTag(byte[] bytes) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return new EntityTag(Base64.getUrlEncoder().withoutPadding().encodeToString(digest));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JVM", e);
        }
    }

    /** The same bytes, last modified at {@code at} (null: unknown). */
    public Representation modifiedAt(OffsetDateTime at) {
        return new Representation(body, mediaType, validators.modifiedAt(at));
    }

    /** The same bytes, last modified at the newest of {@code changes} (none: unknown). */
    public Representation modifiedAt(Stream<OffsetDateTime> changes) {
        return modifiedAt(Timestamps.newest(changes).orElse(null));
    }

    /** The view's JSON, last modified when the view says. */
    public static Representation json(ObjectMapper mapper, Dated<?> view) {
        return json(mapper, view.value()).modifiedAt(view.lastModified());
    }

    /** 304 when the request's copy is current (see {@link Validators#notModified}), else 200 with the body. */
    public Response respond(HttpHeaders request, String cacheControl) {
        return validators.respond(request, cacheControl, () -> Response.ok(body, mediaType));
    }
}
