package io.zongshu.common;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/** A response body made once, with its media type and a strong ETag derived from the bytes. */
public record Representation(byte[] body, String mediaType, EntityTag etag) {

    public static Representation of(byte[] body, String mediaType) {
        return new Representation(body, mediaType, strongTag(body));
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

    public static Representation of(String body, String mediaType) {
        return of(body.getBytes(StandardCharsets.UTF_8), mediaType);
    }

    /**
     * Whether an If-None-Match header names this version: "*", or a list of entity tags compared weakly
     * (RFC 9110, 13.1.2), so W/"x" matches "x".
     */
    public boolean matches(String ifNoneMatch) {
        return matches(etag, ifNoneMatch);
    }

    /** The same test for a tag known before any body is made (a streamed export). */
    public static boolean matches(EntityTag etag, String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return false;
        }
        String mine = '"' + etag.getValue() + '"';
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || (t.startsWith("W/") ? t.substring(2) : t).equals(mine)) {
                return true;
            }
        }
        return false;
    }

    /** 304 when the client's If-None-Match names this version, else 200 with the body. */
    public Response respond(String ifNoneMatch, String cacheControl) {
        Response.ResponseBuilder builder = matches(ifNoneMatch) ? Response.notModified()
                : Response.ok(body, mediaType);
        return builder.tag(etag).header("Cache-Control", cacheControl).build();
    }
}
