package io.zongshu.review;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.zongshu.common.HttpDates;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** One section of a review, as JSON and as plain text, cached like the review. */
@QuarkusTest
class ReviewSectionTest {

    @Test
    void each_section_is_served_exactly_as_the_review_has_it() {
        List<Map<String, Object>> sections = api().get("/api/v1/reviews/2021").then().statusCode(200).extract()
                .jsonPath().getList("sections");
        for (Map<String, Object> section : sections) {
            Map<String, Object> alone = api().get("/api/v1/reviews/2021/sections/" + section.get("key")).then()
                    .statusCode(200).contentType("application/json").extract().jsonPath().getMap("$");
            assertEquals(section, alone, (String) section.get("key"));
        }
        api().get("/api/v1/reviews/2021/sections/theory").then()
                .body("heading", equalTo("坚持凝心铸魂")).body("theme", equalTo("以党的创新理论滋养初心引领使命"))
                .body("blocks.runs.flatten().type", org.hamcrest.Matchers.hasItem("figure"));
    }

    @Test
    void the_sections_texts_are_the_reviews_text_after_its_title_and_subtitle() {
        String whole = api().get("/api/v1/reviews/2021/text").then().statusCode(200).extract().asString();
        var review = api().get("/api/v1/reviews/2021").then().extract().jsonPath();
        StringBuilder joined = new StringBuilder(review.getString("title") + "\n" + review.getString("subtitle") + "\n");
        for (String key : review.<String>getList("sections.key")) {
            String text = api().get("/api/v1/reviews/2021/sections/" + key + "/text").then().statusCode(200)
                    .header("Content-Type", equalTo("text/plain;charset=utf-8")).extract().asString();
            int blocks = review.getList("sections.find { it.key == '" + key + "' }.blocks").size();
            int headed = review.getString("sections.find { it.key == '" + key + "' }.heading") == null ? 0 : 2;
            assertEquals(blocks + headed, text.split("\n").length, key + ": heading and theme, then a line per block");
            joined.append(text);
        }
        assertEquals(whole, joined.toString());
        String theory = api().get("/api/v1/reviews/2021/sections/theory/text").then().extract().asString();
        assertEquals("坚持凝心铸魂\n以党的创新理论滋养初心引领使命\n", theory.substring(0, theory.indexOf('\n',
                theory.indexOf('\n') + 1) + 1));
    }

    @Test
    void a_published_section_is_revalidated_like_the_review_and_last_modified_at_its_publication() {
        String published = api().get("/api/v1/reviews/2021/editions").then().extract().path("[0].publishedAt");
        String publication = HttpDates.format(OffsetDateTime.parse(published).toInstant());
        List<String> etags = new java.util.ArrayList<>();
        for (String path : List.of("/api/v1/reviews/2021", "/api/v1/reviews/2021/text",
                "/api/v1/reviews/2021/sections/cadre", "/api/v1/reviews/2021/sections/cadre/text")) {
            var answer = api().get(path).then().statusCode(200)
                    .header("Cache-Control", equalTo("no-cache"))
                    .header("ETag", matchesPattern("W/\"[A-Za-z0-9_-]{43}\"")) // weak: compressed
                    .header("Last-Modified", equalTo(publication)).extract();
            String etag = answer.header("ETag");
            etags.add(etag);
            api().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", equalTo(etag))
                    .header("Last-Modified", equalTo(publication))
                    .header("Cache-Control", equalTo("no-cache"));
            api().header("If-Modified-Since", publication).get(path).then().statusCode(304);
            String before = HttpDates.format(HttpDates.parse(publication).orElseThrow().minusSeconds(1));
            api().header("If-Modified-Since", before).get(path).then().statusCode(200);
            api().header("If-Modified-Since", HttpDates.format(Instant.now().plusSeconds(86400))).get(path).then()
                    .statusCode(200);
            api().header("If-Modified-Since", "last tuesday").get(path).then().statusCode(200);
            // Both sent: the ETag decides.
            api().header("If-None-Match", "\"stale\"").header("If-Modified-Since", publication).get(path).then()
                    .statusCode(200);
            api().header("If-None-Match", etag).header("If-Modified-Since", before).get(path).then().statusCode(304);
        }
        assertEquals(etags.size(), etags.stream().distinct().count(), "each representation has its own ETag");
        assertNotEquals(etags.get(0), etags.get(2));
    }

    @Test
    void an_unknown_section_is_404_and_a_malformed_key_or_year_400_naming_it() {
        for (String suffix : List.of("", "/text")) {
            api().get("/api/v1/reviews/2021/sections/sport" + suffix).then().statusCode(404)
                    .contentType("application/problem+json").body("type", equalTo("urn:zongshu:problem:not-found"));
            api().get("/api/v1/reviews/1999/sections/theory" + suffix).then().statusCode(404)
                    .body("type", equalTo("urn:zongshu:problem:not-found"));
            api().get("/api/v1/reviews/2021/sections/%27%20or%201=1" + suffix).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:zongshu:problem:invalid-parameter"))
                    .body("errors.field", contains("key"));
            api().get("/api/v1/reviews/twenty-one/sections/theory" + suffix).then().statusCode(400)
                    .body("type", equalTo("urn:zongshu:problem:invalid-parameter"))
                    .body("errors.field", contains("year"));
        }
    }

    @Test
    void the_json_and_the_text_are_each_at_their_own_path() {
        api().accept("text/plain").get("/api/v1/reviews/2021/sections/theory").then().statusCode(406)
                .contentType("application/problem+json");
        api().accept("application/json").get("/api/v1/reviews/2021/sections/theory/text").then().statusCode(406);
    }
}
