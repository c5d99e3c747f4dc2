package io.zongshu.common;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.time.Instant;

/** The checks of a cacheable read that every such read must pass (RFC 9110, 13). */
public final class ConditionalGet {
    private ConditionalGet() {
    }

    /**
     * {@code path} answers with an ETag (weak: these requests accept gzip, see {@link CompressionTest}), a Last-Modified in the past and this Cache-Control, and
     * answers 304 (with the same validators) to either, the ETag deciding when both are sent.
     */
    public static ExtractableResponse<Response> revalidates(String path, String cacheControl) {
        return revalidates(path, cacheControl, "W/\"[A-Za-z0-9_-]{43}\"");
    }

    /** The same for a path whose answers are never compressed, so that its ETag stays strong for If-Match. */
    public static ExtractableResponse<Response> revalidatesWithStrongTag(String path, String cacheControl) {
        return revalidates(path, cacheControl, "\"[A-Za-z0-9_-]{43}\"");
    }

    private static ExtractableResponse<Response> revalidates(String path, String cacheControl, String etagPattern) {
        var answer = api().get(path).then().statusCode(200).header("Cache-Control", equalTo(cacheControl))
                .header("ETag", matchesPattern(etagPattern)).extract();
        String etag = answer.header("ETag");
        String lastModified = answer.header("Last-Modified");
        Instant changed = HttpDates.parse(lastModified).orElseThrow(() -> new AssertionError(path + ": Last-Modified "
                + lastModified + " is no HTTP date"));
        assertFalse(changed.isAfter(Instant.now()), path + ": Last-Modified lies in the future");
        String before = HttpDates.format(changed.minusSeconds(1));

        api().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", equalTo(etag))
                .header("Last-Modified", equalTo(lastModified)).header("Cache-Control", equalTo(cacheControl));
        api().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);
        api().header("If-Modified-Since", lastModified).get(path).then().statusCode(304)
                .header("ETag", equalTo(etag));
        api().header("If-Modified-Since", before).get(path).then().statusCode(200);
        api().header("If-None-Match", "\"something-else\"").header("If-Modified-Since", lastModified).get(path)
                .then().statusCode(200);
        api().header("If-None-Match", etag).header("If-Modified-Since", before).get(path).then().statusCode(304);
        return answer;
    }
}
