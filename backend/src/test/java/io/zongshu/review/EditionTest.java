package io.zongshu.review;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zongshu.access.Tokens;
import io.zongshu.common.ConditionalGet;
import io.zongshu.common.HttpDates;
import io.zongshu.submission.Flow;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class EditionTest {

    @Test
    void the_2021_review_has_its_first_edition_from_the_dataset() {
        api().get("/api/v1/reviews/2021/editions").then().statusCode(200)
                .body("[0].code", equalTo("2021-1")).body("[0].number", equalTo(1)).body("[0].period", equalTo("2021"))
                .body("[0].publishedBy", equalTo("dataset-loader")).body("[0].values", equalTo(56))
                .body("[0].contentHash", matchesPattern("[0-9a-f]{64}"));
    }

    @Test
    void an_editions_export_is_byte_identical_before_and_after_later_approvals() {
        String hash = api().get("/api/v1/reviews/2021/editions").then().extract().path("[0].contentHash");
        for (String format : List.of("json", "csv", "json-stat")) {
            String url = "/api/v1/exports?edition=2021-1&format=" + format;
            byte[] before = api().get(url).then().statusCode(200).header("Zongshu-Content-Hash", hash)
                    .header("Cache-Control", "public, max-age=31536000, immutable").extract().asByteArray();
            Flow.approveInto("511902", "2022", List.of(Flow.value("talent.partner_universities", 1 + format.length())));
            byte[] after = api().get(url).then().statusCode(200).extract().asByteArray();
            assertArrayEquals(before, after, format);
        }
        // The edition archives the year: its values and its review in one file.
        api().get("/api/v1/exports?edition=2021-1").then().body("edition.code", equalTo("2021-1"))
                .body("edition.contentHash", equalTo(hash)).body("dataValues.size()", equalTo(56))
                .body("review.year", equalTo(2021)).body("review.title", equalTo(
                        api().get("/api/v1/reviews/2021").then().extract().path("title")));
        api().get("/api/v1/exports?period=2021&orgUnit=511900").then().body("review", org.hamcrest.Matchers.nullValue());
        api().get("/api/v1/exports?edition=2021-9").then().statusCode(400).body("errors[0].field", equalTo("edition"));
    }

    @Test
    void the_editions_are_revalidated_and_last_modified_at_the_newest_publication_or_approval_of_the_year() {
        var list = ConditionalGet.revalidates("/api/v1/reviews/2021/editions", "no-cache");
        // The latest edition says which values differ from it now, so a value approved later changes the list.
        List<String> times = new java.util.ArrayList<>(list.jsonPath().getList("publishedAt", String.class));
        times.addAll(api().get("/api/v1/metrics?period=2021&limit=1000").then().statusCode(200).extract().jsonPath()
                .getList("items.provenance.recordedAt", String.class));
        java.time.Instant newest = times.stream().map(t -> java.time.OffsetDateTime.parse(t).toInstant())
                .max(java.util.Comparator.naturalOrder()).orElseThrow();
        assertEquals(HttpDates.format(newest), list.header("Last-Modified"));
        // An edition's export is last modified at its publication.
        String first = list.jsonPath().getString("[0].publishedAt");
        api().get("/api/v1/exports?edition=2021-1&format=csv").then().statusCode(200)
                .header("Last-Modified", HttpDates.format(java.time.OffsetDateTime.parse(first).toInstant()));
    }

    @Test
    void only_a_reviewer_publishes_and_a_published_year_needs_a_correction_for_another_edition() {
        api().post("/api/v1/reviews/2021/editions").then().statusCode(401);
        api().auth().oauth2(Tokens.clerk("511921")).post("/api/v1/reviews/2021/editions").then().statusCode(403);
        api().auth().oauth2(Tokens.reviewer()).post("/api/v1/reviews/1999/editions").then().statusCode(404);
        int count = api().get("/api/v1/reviews/2021/editions").then().extract().path("size()");
        api().auth().oauth2(Tokens.reviewer()).post("/api/v1/reviews/2021/editions").then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("/api/v1/reviews/2021/corrections"));
        assertEquals(count, (int) api().get("/api/v1/reviews/2021/editions").then().extract().path("size()"));
    }
}
