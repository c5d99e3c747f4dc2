package io.zongshu.review;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.zongshu.access.Tokens;
import io.zongshu.period.TestPeriods;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Saving the draft: only over the version read, only well-formed content, only readable markup naming
 * what exists; a refused save stores nothing. The year is generated test data.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DraftWritingTest {
    private static final String YEAR = "2908";
    private static final String DRAFT = "/api/v1/reviews/" + YEAR + "/draft";

    /** Bad sources, each with the character offset its (first) problem is at. */
    private static final List<Map.Entry<String, Integer>> BAD_MARKUP = List.of(
            Map.entry("全市{{", 2), Map.entry("全市{{theory.training_classes", 2), Map.entry("{{theory.training_classes}", 0),
            Map.entry("多了}}", 2), Map.entry("}}开头", 0), Map.entry("{{}}", 0), Map.entry("前{{ }}后", 1),
            Map.entry("{{ theory.training_classes }}", 0), Map.entry("{{theory.training_classes|}}", 0),
            Map.entry("{{theory.training_classes|万}}", 0), Map.entry("{{theory.training_classes|WAN}}", 0),
            Map.entry("{{theory.training_classes|number|wan}}", 0), Map.entry("{{Theory.Training}}", 0),
            Map.entry("{{theory}}", 0), Map.entry("{{theory..classes}}", 0), Map.entry("{{theory.training classes}}", 0),
            Map.entry("{{theory.training_classes@}}", 0), Map.entry("{{theory.training_classes:}}", 0),
            Map.entry("{{theory.training_classes@511900@511902}}", 0), Map.entry("{{{theory.training_classes}}}", 0),
            Map.entry("{{{{theory.training_classes}}}}", 0), Map.entry("甲{{theory.training_classes{{乙}}", 1),
            Map.entry("{{growth(theory.training_classes)}}", 0), Map.entry("{{growth(theory.training_classes, )}}", 0),
            Map.entry("{{growth theory.training_classes 2021}}", 0), Map.entry("{{avg(theory.training_classes)}}", 0),
            Map.entry("{{sum(theory.training_classes, 2021)}}", 0), Map.entry("{{sum()}}", 0),
            Map.entry("{{growth(theory.training_classes, 2021)|wan}}", 0), Map.entry("{{growth(, 2021)}}", 0),
            Map.entry("{{growth(theory.training_classes, 20 21)}}", 0), Map.entry("{{change(theory.training_classes}}", 0),
            Map.entry("{{theory.training_classes)}}", 0), Map.entry("{{<script>alert(1)</script>}}", 0),
            Map.entry("<b>{{<b>x</b>}}</b>", 3), Map.entry("{{theory.training_classes\n}}", 0),
            Map.entry("{{theory.training_classes'; DROP TABLE review;--}}", 0),
            Map.entry("𠀀𠀀{{bad}}", 2),
            // Well formed, naming what does not exist or cannot have values:
            Map.entry("{{theory.no_such_indicator}}", 0), Map.entry("前文{{talent.nothing_here|wan}}", 2),
            Map.entry("{{theory.training_classes@999999}}", 0), Map.entry("{{theory.training_classes@BZ-XYZ}}", 0),
            Map.entry("{{theory.training_classes:1899}}", 0), Map.entry("{{theory.training_classes:2021-Q9}}", 0),
            Map.entry("{{growth(theory.training_classes, 1899)}}", 0),
            Map.entry("{{growth(theory.training_classes, " + YEAR + ")}}", 0),
            Map.entry("{{change(theory.training_classes:2021, 2022)}}", 0),
            Map.entry("{{sum(theory.training_classes@511921)}}", 0),
            Map.entry("{{sum(talent.campaign_universities)}}", 0),
            Map.entry("{{sum(theory.no_such_indicator)}}", 0),
            Map.entry("合计{{sum(talent.intent_agreements@BZ-EDZ)|wan}}", 2),
            Map.entry("{{growth(theory.no_such_indicator, 2021)}}", 0));

    /** Text that looks like markup or code but is none: stored and rendered exactly as typed. */
    private static final List<String> PLAIN_TEXT = List.of("<script>alert('x')</script>", "<img src=x onerror=alert(1)>",
            "<b>粗体</b>与<i>斜体</i>", "{单括号} 与 { {不是} }", "&lt;&amp;&gt; \"引号\" '单引号'", "javascript:alert(1)",
            "\u202e反向文字", "${jndi:ldap://x/a}");

    @Inject
    TestPeriods periods;

    @BeforeEach
    void aDraftFromNothing() {
        periods.open(YEAR);
        var list = api().auth().oauth2(Tokens.reviewer()).get(DRAFT).then().extract();
        if (list.statusCode() == 404) {
            api().auth().oauth2(Tokens.reviewer()).contentType(ContentType.JSON)
                    .body(Map.of("year", Integer.parseInt(YEAR))).post("/api/v1/reviews").then().statusCode(201)
                    .body("title", equalTo(YEAR + "年组织工作综述"))
                    .body("sections.key", equalTo(List.of("opening", "theory", "cadre", "grassroots", "talent", "closing")));
        }
    }

    @Test
    void bad_markup_is_a_422_naming_section_block_offset_and_token_and_nothing_is_saved() {
        assertTrue(BAD_MARKUP.size() >= 50, "the corpus has " + BAD_MARKUP.size() + " cases");
        int versions = versionCount();
        String etag = etag();
        for (var bad : BAD_MARKUP) {
            var problem = save(etag, withBlock("talent", "前一段文字。", bad.getKey())).statusCode(422)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:zongshu:problem:invalid-markup")).extract().jsonPath();
            assertEquals("sections[4].blocks[1].source", problem.getString("errors[0].field"), bad.getKey());
            assertEquals("talent", problem.getString("errors[0].place.section"), bad.getKey());
            assertEquals(1, problem.getInt("errors[0].place.block"), bad.getKey());
            assertEquals(bad.getValue(), problem.getInt("errors[0].place.offset"), bad.getKey());
            assertTrue(!problem.getString("errors[0].place.token").isEmpty(), bad.getKey());
        }
        assertEquals(versions, versionCount(), "no refused save is a version");
        assertEquals(etag, etag());
    }

    @Test
    void html_and_script_stay_plain_text() {
        for (String text : PLAIN_TEXT) {
            var draft = save(etag(), withBlock("opening", text)).statusCode(200).extract().jsonPath();
            assertEquals(text, draft.getString("sections[0].blocks[0].text"));
            assertEquals(List.of(Map.of("type", "text", "text", text)), draft.getList("sections[0].blocks[0].runs"));
        }
    }

    @Test
    void a_save_needs_the_version_it_edits_and_a_well_formed_draft() {
        int versions = versionCount();
        String etag = etag();
        api().auth().oauth2(Tokens.reviewer()).contentType(ContentType.JSON).body(withBlock("opening", "无版本"))
                .put(DRAFT).then().statusCode(428);
        save("\"0\"", withBlock("opening", "旧版本")).statusCode(412);
        save("W/" + etag, withBlock("opening", "弱标签")).statusCode(412);
        Map<String, Object> noTitle = withBlock("opening", "无标题");
        noTitle.remove("title");
        save(etag, noTitle).statusCode(400).body("errors[0].field", equalTo("title"));
        Map<String, Object> twice = withBlock("opening", "重复");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> sections = (List<Map<String, Object>>) twice.get("sections");
        sections.add(new LinkedHashMap<>(sections.get(0)));
        save(etag, twice).statusCode(400).body("errors[0].field", equalTo("sections[6].key"));
        save(etag, withBlock("opening", "x".repeat(4001))).statusCode(400);
        api().auth().oauth2(Tokens.clerk("511900")).contentType(ContentType.JSON).header("If-Match", etag)
                .body(withBlock("opening", "县里")).put(DRAFT).then().statusCode(403);
        api().contentType(ContentType.JSON).header("If-Match", etag).body(withBlock("opening", "匿名")).put(DRAFT)
                .then().statusCode(401);
        assertEquals(versions, versionCount());

        var saved = save(etag, withBlock("opening", "新的一段。")).statusCode(200).extract();
        assertEquals(versions + 1, versionCount());
        String next = saved.header("ETag");
        assertEquals("\"" + (versions + 1) + "\"", next);
        // Every version stays readable as it was saved.
        api().auth().oauth2(Tokens.reviewer()).get(DRAFT + "/versions/" + (versions + 1)).then().statusCode(200)
                .body("sections[0].blocks[0].source", equalTo("新的一段。"))
                .header("Cache-Control", "private, max-age=31536000, immutable");
        api().auth().oauth2(Tokens.reviewer()).get(DRAFT + "/versions/1").then().statusCode(200)
                .body("sections[0].blocks.size()", equalTo(0));
        api().auth().oauth2(Tokens.reviewer()).get(DRAFT + "/versions/999").then().statusCode(404);
    }

    @Test
    void a_review_needs_an_existing_period_and_a_year_of_its_own() {
        String reviewer = Tokens.reviewer();
        api().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Map.of("year", 2999)).post("/api/v1/reviews")
                .then().statusCode(422).body("errors[0].field", equalTo("year"));
        api().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Map.of("year", Integer.parseInt(YEAR), "from", 1990))
                .post("/api/v1/reviews").then().statusCode(409);
        api().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Map.of("year", 2022, "from", 2023))
                .post("/api/v1/reviews").then().statusCode(400).body("errors[0].field", equalTo("from"));
        api().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Map.of("from", 2021))
                .post("/api/v1/reviews").then().statusCode(400).body("errors[0].field", equalTo("year"));
        api().auth().oauth2(Tokens.clerk("511900")).contentType(ContentType.JSON).body(Map.of("year", 2022))
                .post("/api/v1/reviews").then().statusCode(403);
        api().auth().oauth2(reviewer).get("/api/v1/reviews/1998/draft").then().statusCode(404);
        api().get(DRAFT).then().statusCode(401);
    }

    private ValidatableResponse save(String ifMatch, Map<String, Object> content) {
        return api().auth().oauth2(Tokens.reviewer()).contentType(ContentType.JSON).header("If-Match", ifMatch)
                .body(content).put(DRAFT).then();
    }

    private String etag() {
        return api().auth().oauth2(Tokens.reviewer()).get(DRAFT).then().statusCode(200).extract().header("ETag");
    }

    private int versionCount() {
        return api().auth().oauth2(Tokens.reviewer()).get(DRAFT + "/versions").then().statusCode(200)
                .extract().path("size()");
    }

    /** The standard sections, with these blocks (paragraphs) in section {@code key}. */
    static Map<String, Object> withBlock(String key, String... sources) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (String k : List.of("opening", "theory", "cadre", "grassroots", "talent", "closing")) {
            List<Map<String, Object>> blocks = new ArrayList<>();
            if (k.equals(key)) {
                for (String source : sources) {
                    blocks.add(Map.of("kind", "paragraph", "source", source));
                }
            }
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("key", k);
            section.put("blocks", blocks);
            sections.add(section);
        }
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("title", YEAR + "年组织工作综述（测试生成）");
        content.put("sections", sections);
        return content;
    }
}
