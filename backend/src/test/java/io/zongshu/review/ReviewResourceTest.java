package io.zongshu.review;

import static io.zongshu.common.Api.api;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.zongshu.common.ConditionalGet;
import io.zongshu.common.HttpDates;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ReviewResourceTest {

    @Test
    void lists_the_published_2021_review() {
        // (Other tests publish reviews of generated years far ahead; 2021 is the one real review.)
        api().get("/api/v1/reviews").then().statusCode(200)
                .body("year", hasItem(2021))
                .body("find { it.year == 2021 }.title", equalTo("聚组织之力　筑振兴之基"))
                .body("find { it.year == 2021 }.subtitle", equalTo("——2021年巴中组织工作综述"))
                .body("find { it.year == 2021 }.state", equalTo("published"))
                .body("find { it.year == 2021 }.latestEdition", startsWith("2021-"));
    }

    @Test
    void the_review_has_an_opening_four_themed_sections_and_a_closing() {
        api().get("/api/v1/reviews/2021").then().statusCode(200)
                .body("sections.key", contains("opening", "theory", "cadre", "grassroots", "talent", "closing"))
                .body("sections.heading", contains(null, "坚持凝心铸魂", "坚持选贤任能", "坚持强基固本", "坚持改革创新", null))
                .body("sections[1].theme", equalTo("以党的创新理论滋养初心引领使命"))
                .body("sections[0].blocks.kind", contains("lead", "lead", "lead", "lead"))
                .body("sections[3].blocks.kind", contains("lead", "topic", "paragraph", "paragraph", "paragraph",
                        "paragraph", "topic", "paragraph", "paragraph"))
                .body("sections[5].blocks.kind", contains("closing"));
    }

    @Test
    void every_block_text_is_its_runs_joined_and_the_article_has_56_figures() {
        JsonPath review = api().get("/api/v1/reviews/2021").then().statusCode(200).extract().jsonPath();
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Map<String, Object> section : review.<Map<String, Object>>getList("sections")) {
            for (Map<String, Object> block : (List<Map<String, Object>>) section.get("blocks")) {
                StringBuilder joined = new StringBuilder();
                for (Map<String, Object> run : (List<Map<String, Object>>) block.get("runs")) {
                    joined.append(run.get("text"));
                    if ("figure".equals(run.get("type"))) {
                        figures.add(run);
                    }
                }
                assertEquals(block.get("text"), joined.toString());
            }
        }
        assertEquals(56, figures.size());
        assertEquals(56, figures.stream().map(f -> f.get("indicator")).distinct().count(), "each figure once");
        assertTrue(figures.stream().allMatch(f -> "511900".equals(f.get("orgUnit")) && "2021".equals(f.get("period"))));
    }

    @Test
    void figures_are_rendered_from_their_values_in_the_article_s_formats() {
        JsonPath review = api().get("/api/v1/reviews/2021").then().statusCode(200).extract().jsonPath();
        Map<String, Object> medals = figure(review, "theory.veteran_members_medals");
        assertEquals("1.6万余名", medals.get("text"));
        assertEquals(16000, ((Number) medals.get("value")).intValue());
        assertEquals("more_than", medals.get("qualifier"));
        assertEquals("wan", medals.get("format"));
        assertEquals("6300余个", figure(review, "theory.branch_life_meetings").get("text"));
        assertEquals("63.5%", figure(review, "cadre.front_line_promotion_share").get("text"));
        assertEquals("8.5个百分点", figure(review, "grassroots.college_educated_share_change").get("text"));
        assertEquals("45.93%", figure(review, "talent.intent_agreements_growth").get("text"));
        assertEquals("exact", figure(review, "talent.intent_agreements_growth").get("qualifier"));
    }

    /**
     * Numerals left in text runs are years, thresholds that name an indicator, and slogans: never a figure.
     * A figure typed into the text instead of referenced would show up here.
     */
    @Test
    void text_runs_hold_no_figures_only_years_thresholds_and_slogans() {
        JsonPath review = api().get("/api/v1/reviews/2021").then().statusCode(200).extract().jsonPath();
        List<String> numerals = new ArrayList<>();
        Pattern numeral = Pattern.compile("[0-9][0-9.+＋N]*.");
        for (Object text : review.getList("sections.blocks.runs.flatten().findAll { it.type == 'text' }.text")) {
            Matcher m = numeral.matcher((String) text);
            while (m.find()) {
                numerals.add(m.group());
            }
        }
        numerals.addAll(List.of(review.getString("title"), review.getString("subtitle")).stream()
                .flatMap(t -> numeral.matcher(t).results().map(r -> r.group())).toList());
        assertEquals(List.of("2021年", "18字", "40岁", "35岁", "100万", "10万", "1+4”", "2021年",
                "1＋3”", "1+6+N”", "2022年", "2021年"), numerals);
    }

    @Test
    void the_text_rendering_is_utf8_plain_text() {
        api().get("/api/v1/reviews/2021/text").then().statusCode(200)
                .header("Content-Type", equalTo("text/plain;charset=utf-8"));
    }

    @Test
    void a_published_review_carries_an_etag_and_answers_304_to_it() {
        for (String path : List.of("/api/v1/reviews/2021", "/api/v1/reviews/2021/text")) {
            // The latest edition: revalidated (a correction may supersede it), its own URL named.
            String etag = api().get(path).then().statusCode(200)
                    .header("Cache-Control", equalTo("no-cache"))
                    .header("Content-Location", matchesPattern("/api/v1/reviews/2021/editions/[0-9]+"))
                    .header("ETag", matchesPattern("(W/)?\"[A-Za-z0-9_-]{43}\"")).extract().header("ETag"); // weak if compressed
            api().header("If-None-Match", etag).get(path).then().statusCode(304).header("ETag", equalTo(etag));
            api().header("If-None-Match", "\"something-else\"").get(path).then().statusCode(200);
        }
        assertNotEquals(api().get("/api/v1/reviews/2021").header("ETag"),
                api().get("/api/v1/reviews/2021/text").header("ETag"), "each representation has its own ETag");
    }

    @Test
    void the_list_of_reviews_is_revalidated_and_last_modified_at_the_newest_publication() {
        var list = ConditionalGet.revalidates("/api/v1/reviews", "no-cache");
        java.time.Instant newest = list.jsonPath().getList("publishedAt", String.class).stream()
                .map(t -> java.time.OffsetDateTime.parse(t).toInstant()).max(java.util.Comparator.naturalOrder())
                .orElseThrow();
        assertEquals(HttpDates.format(newest), list.header("Last-Modified"), "the newest publication");
    }

    @Test
    void an_unknown_year_is_404_and_a_malformed_one_400_as_problem_details() {
        api().get("/api/v1/reviews/1999").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404)).body("type", equalTo("urn:zongshu:problem:not-found"));
        api().get("/api/v1/reviews/twenty-one").then().statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", contains("year"));
        api().get("/api/v1/reviews/1999/text").then().statusCode(404).contentType("application/problem+json");
    }

    private static Map<String, Object> figure(JsonPath review, String indicator) {
        List<Map<String, Object>> all = review.getList(
                "sections.blocks.runs.flatten().findAll { it.indicator == '" + indicator + "' }");
        assertThat(all, hasSize(1));
        return all.get(0);
    }
}
