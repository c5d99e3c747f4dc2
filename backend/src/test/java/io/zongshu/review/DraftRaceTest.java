package io.zongshu.review;

import static io.zongshu.common.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.zongshu.access.Tokens;
import io.zongshu.period.TestPeriods;
import io.zongshu.submission.Flow;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Writes to one draft at the same moment: exactly one wins, and nothing of the other is kept half-done. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class DraftRaceTest {
    private static final String YEAR = "2909";
    private static final String REVIEWS = "/api/v1/reviews/" + YEAR;
    private static final String FIGURE = "共举办{{theory.training_classes}}。";

    @Inject
    TestPeriods periods;

    @Test
    void two_saves_over_one_version_one_is_kept_and_the_other_gets_412_and_changes_nothing() throws Exception {
        start();
        for (int round = 0; round < 5; round++) {
            String etag = draft().header("ETag");
            int versions = versionCount();
            String a = "甲稿" + round;
            String b = "乙稿" + round;
            List<Integer> statuses = together(() -> save(etag, a), () -> save(etag, b));
            assertEquals(List.of(200, 412), statuses.stream().sorted().toList(), "round " + round);
            assertEquals(versions + 1, versionCount());
            String kept = draft().jsonPath().getString("sections[0].blocks[0].source");
            String winner = statuses.get(0) == 200 ? a : b;
            assertEquals(winner, kept, "the draft is the winner's text");
            assertEquals(winner, api().auth().oauth2(Tokens.reviewer()).get(REVIEWS + "/draft/versions/" + (versions + 1))
                    .then().extract().path("sections[0].blocks[0].source"));
        }
    }

    @Test
    void a_save_racing_a_publication_the_edition_holds_exactly_one_versions_text() throws Exception {
        String year = "2910";
        periods.open(year);
        Flow.approveInto("511900", year, List.of(Flow.value("theory.training_classes", 7)));
        String reviews = "/api/v1/reviews/" + year;
        api().auth().oauth2(Tokens.reviewer()).contentType(ContentType.JSON).body(Map.of("year", Integer.parseInt(year)))
                .post("/api/v1/reviews").then().statusCode(201);
        String etag = save(reviews, "\"1\"", "初稿" + FIGURE).extract().header("ETag");
        for (int round = 1; round <= 3; round++) {
            if (round > 1) {
                api().auth().oauth2(Tokens.reviewer()).contentType(ContentType.JSON)
                        .body(Map.of("reason", "竞争测试第" + round + "轮（测试生成）")).post(reviews + "/corrections")
                        .then().statusCode(200);
            }
            String text = "第" + round + "稿" + FIGURE;
            String before = etag;
            List<Integer> statuses = together(() -> save(reviews, before, text).extract().statusCode(),
                    () -> api().auth().oauth2(Tokens.reviewer()).post(reviews + "/editions").then().extract().statusCode());
            assertEquals(List.of(200, 201), statuses, "both succeed, in some order");
            JsonPath edition = api().get(reviews + "/editions/" + round).then().statusCode(200).extract().jsonPath();
            int version = api().get(reviews + "/editions").then().extract().path("[" + (round - 1) + "].draftVersion");
            String published = edition.getString("sections[0].blocks[0].source");
            String saved = api().auth().oauth2(Tokens.reviewer()).get(reviews + "/draft/versions/" + version).then()
                    .extract().path("sections[0].blocks[0].source");
            assertEquals(saved, published, "the edition is the text of the version it names");
            assertTrue(published.equals(text) || published.equals(previousText(round)), published);
            etag = draft(reviews).header("ETag");
        }
    }

    private static String previousText(int round) {
        return round == 1 ? "初稿" + FIGURE : "第" + (round - 1) + "稿" + FIGURE;
    }

    private void start() {
        periods.open(YEAR);
        if (api().auth().oauth2(Tokens.reviewer()).get(REVIEWS + "/draft").statusCode() == 404) {
            api().auth().oauth2(Tokens.reviewer()).contentType(ContentType.JSON)
                    .body(Map.of("year", Integer.parseInt(YEAR))).post("/api/v1/reviews").then().statusCode(201);
        }
    }

    /** Runs both at once (released by one barrier) and gives their results in the order given. */
    private static List<Integer> together(Callable<Integer> first, Callable<Integer> second) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            CyclicBarrier barrier = new CyclicBarrier(2);
            List<Future<Integer>> futures = new ArrayList<>();
            for (Callable<Integer> c : List.of(first, second)) {
                futures.add(pool.submit(() -> {
                    barrier.await();
                    return c.call();
                }));
            }
            List<Integer> results = new ArrayList<>();
            for (Future<Integer> f : futures) {
                results.add(f.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static int save(String etag, String source) {
        return save(REVIEWS, etag, source).extract().statusCode();
    }

    private static io.restassured.response.ValidatableResponse save(String reviews, String etag, String source) {
        return api().auth().oauth2(Tokens.reviewer()).contentType(ContentType.JSON).header("If-Match", etag)
                .body(DraftWritingTest.withBlock("opening", source)).put(reviews + "/draft").then();
    }

    private static io.restassured.response.Response draft() {
        return draft(REVIEWS);
    }

    private static io.restassured.response.Response draft(String reviews) {
        return api().auth().oauth2(Tokens.reviewer()).get(reviews + "/draft");
    }

    private static int versionCount() {
        return api().auth().oauth2(Tokens.reviewer()).get(REVIEWS + "/draft/versions").then().extract().path("size()");
    }
}
