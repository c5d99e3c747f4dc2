package io.zongshu.review;

import static io.restassured.RestAssured.given;
import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A published edition is kept in memory once read and answered from there (io.zongshu.cache), under
 * each Accept header it was asked with; whichever way it is asked, the bytes and headers are the same.
 * The latest edition, read at the review's own URL, is the same bytes.
 */
@QuarkusTest
class EditionFromMemoryTest {
    /** An Accept header the resource negotiates (kept apart from the plain one). */
    private static final String NEGOTIATED_JSON = "application/json, text/plain;q=0.5";
    private static final String NEGOTIATED_TEXT = "text/plain, application/json;q=0.5";
    /** The 2021 review's first edition (from the dataset). */
    private static final String EDITION = "/api/v1/reviews/2021/editions/1";

    @Test
    void both_paths_answer_the_same_bytes_and_headers() {
        for (List<String> c : List.of(List.of(EDITION, NEGOTIATED_JSON), List.of(EDITION + "/text", NEGOTIATED_TEXT))) {
            Response fast = api().accept("*/*").get(c.get(0));
            Response negotiated = api().accept(c.get(1)).get(c.get(0));
            assertEquals(200, fast.statusCode());
            assertEquals(200, negotiated.statusCode());
            assertArrayEquals(negotiated.asByteArray(), fast.asByteArray(), c.get(0));
            for (String header : List.of("ETag", "Last-Modified", "Cache-Control", "Content-Type",
                    "X-Content-Type-Options")) {
                assertEquals(negotiated.header(header), fast.header(header), c.get(0) + " " + header);
            }
            assertEquals("public, max-age=31536000, immutable", fast.header("Cache-Control"));
        }
        // (Edition 1 is the latest as long as no test publishes a correction of 2021; they use years of their own.)
        assertArrayEquals(api().get(EDITION).asByteArray(), api().get("/api/v1/reviews/2021").asByteArray());
    }

    @Test
    void if_none_match_follows_rfc_9110_on_both_paths() {
        String etag = api().get(EDITION).header("ETag"); // weak: the client takes gzip
        String tag = etag.replaceFirst("^W/", "");
        for (String accept : List.of("*/*", NEGOTIATED_JSON)) {
            for (String ifNoneMatch : List.of(tag, "W/" + tag, "\"other\", " + tag, "*")) {
                api().accept(accept).header("If-None-Match", ifNoneMatch).get(EDITION)
                        .then().statusCode(304).header("ETag", equalTo(etag));
            }
            api().accept(accept).header("If-None-Match", "\"other\"").get(EDITION)
                    .then().statusCode(200);
        }
    }

    @Test
    void if_modified_since_is_answered_alike_on_both_paths_and_loses_to_if_none_match() {
        String lastModified = api().get(EDITION).header("Last-Modified");
        for (String accept : List.of("*/*", NEGOTIATED_JSON)) {
            api().accept(accept).header("If-Modified-Since", lastModified).get(EDITION)
                    .then().statusCode(304).header("Last-Modified", equalTo(lastModified));
            api().accept(accept).header("If-Modified-Since", lastModified).header("If-None-Match", "\"other\"")
                    .get(EDITION).then().statusCode(200);
            api().accept(accept).get("/api/v1/reviews/2021/editions/99").then().statusCode(404);
        }
    }

    @Test
    void an_accept_header_nothing_satisfies_is_406_also_once_the_review_is_kept() {
        api().get(EDITION).then().statusCode(200);
        // 406 is one of the errors any operation may answer; the contract lists it once, not per operation.
        given().accept("application/xml").get(EDITION).then().statusCode(406)
                .contentType("application/problem+json");
    }
}
