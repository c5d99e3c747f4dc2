package io.zongshu.period;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.zongshu.access.Tokens;
import io.zongshu.common.ConditionalGet;
import io.zongshu.common.HttpDates;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class PeriodResourceTest {

    @Test
    void year_2021_is_closed_because_its_review_is_published_and_2022_is_open_for_submissions() {
        // The dataset's years, newest first (tests add years of their own far ahead: period/TestPeriods).
        api().get("/api/v1/periods").then().statusCode(200)
                .body("findAll { it.code <= '2022' }.code", contains("2022", "2021"))
                .body("findAll { it.code <= '2022' }.state", contains("open", "closed"))
                .body("find { it.code == '2021' }.kind", equalTo("year"))
                .body("find { it.code == '2021' }.startDate", equalTo("2021-01-01"))
                .body("find { it.code == '2021' }.endDate", equalTo("2021-12-31"));
    }

    @Test
    void the_periods_are_revalidated_and_closing_one_changes_their_etag_and_not_their_past() {
        var before = ConditionalGet.revalidates("/api/v1/periods", "no-cache");
        String reviewer = Tokens.reviewer();
        try {
            api().auth().oauth2(reviewer).post("/api/v1/periods/2022/close").then().statusCode(200);
            var after = api().header("If-None-Match", before.header("ETag")).get("/api/v1/periods").then()
                    .statusCode(200).body("find { it.code == '2022' }.state", equalTo("closed")).extract();
            assertFalse(HttpDates.parse(after.header("Last-Modified")).orElseThrow()
                    .isBefore(HttpDates.parse(before.header("Last-Modified")).orElseThrow()));
        } finally {
            api().auth().oauth2(reviewer).post("/api/v1/periods/2022/open").then().statusCode(200);
        }
    }

    @Test
    void a_reviewer_closes_a_period_county_writes_then_get_409_and_a_published_year_stays_closed() {
        String reviewer = Tokens.reviewer();
        String clerk = Tokens.clerk("511923");
        try {
            api().auth().oauth2(reviewer).post("/api/v1/periods/2022/close").then().statusCode(200)
                    .body("state", equalTo("closed"));
            api().auth().oauth2(clerk).contentType(ContentType.JSON)
                    .body(Map.of("dataValues", List.of(Map.of("indicator", "theory.training_classes",
                            "orgUnit", "511923", "period", "2022", "value", 1))))
                    .post("/api/v1/data-value-sets").then().statusCode(409);
            api().auth().oauth2(clerk).contentType(ContentType.JSON)
                    .body(Map.of("orgUnit", "511923", "period", "2022"))
                    .post("/api/v1/submissions").then().statusCode(409);
        } finally {
            api().auth().oauth2(reviewer).post("/api/v1/periods/2022/open").then().statusCode(200)
                    .body("state", equalTo("open"));
        }
        api().auth().oauth2(Tokens.admin()).post("/api/v1/periods/2021/open").then().statusCode(409)
                .body("type", equalTo("urn:zongshu:problem:conflict"));
        api().auth().oauth2(reviewer).post("/api/v1/periods/2099/close").then().statusCode(404);
        api().auth().oauth2(reviewer).get("/api/v1/audit?period=2022&action=period_closed&actor=reviewer").then().statusCode(200)
                .body("items", hasSize(1)).body("items[0].fromState", equalTo("open"))
                .body("items[0].toState", equalTo("closed")).body("items[0].actor.username", equalTo("reviewer"));
    }

    @Test
    void a_reviewer_adds_a_year_open_from_january_to_december_and_it_is_in_the_history() {
        // A year no other test uses and no earlier run added (the database may be kept): generated test data.
        List<String> taken = api().get("/api/v1/periods").then().statusCode(200).extract().jsonPath().getList("code");
        String year = IntStream.rangeClosed(2960, 2989).map(y -> 2960 + 2989 - y).mapToObj(String::valueOf)
                .filter(y -> !taken.contains(y)).findFirst().orElseThrow(() -> new AssertionError(
                        "every year from 2960 to 2989 is taken: recreate the test database"));
        String reviewer = Tokens.reviewer();

        api().auth().oauth2(reviewer).contentType(ContentType.JSON).body(Map.of("code", year))
                .post("/api/v1/periods").then().statusCode(201)
                .header("Location", endsWith("/api/v1/periods/" + year))
                .body("code", equalTo(year)).body("kind", equalTo("year"))
                .body("startDate", equalTo(year + "-01-01")).body("endDate", equalTo(year + "-12-31"))
                .body("state", equalTo("open"));
        api().get("/api/v1/periods").then().statusCode(200).body("find { it.code == '" + year + "' }.state",
                equalTo("open"));
        api().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(Map.of("code", year))
                .post("/api/v1/periods").then().statusCode(409).body("type", equalTo("urn:zongshu:problem:conflict"));
        api().auth().oauth2(reviewer).get("/api/v1/audit?period=" + year + "&action=period_added").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].toState", equalTo("open"))
                .body("items[0].actor.username", equalTo("reviewer"));
        // The new year takes county submissions like any open one.
        api().auth().oauth2(Tokens.clerk("511923")).contentType(ContentType.JSON)
                .body(Map.of("orgUnit", "511923", "period", year)).post("/api/v1/submissions").then().statusCode(201);
    }

    @Test
    void a_period_added_is_a_year_from_2000_to_2999_by_a_reviewer_or_admin() {
        String admin = Tokens.admin();
        for (Object bad : List.of("1999", "3000", "999", "23", "20231", "2023a", " 2023", "２０２３", "2023-Q1", "")) {
            api().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("code", bad))
                    .post("/api/v1/periods").then().statusCode(400).contentType("application/problem+json")
                    .body("errors[0].field", equalTo("code"));
        }
        api().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of()).post("/api/v1/periods").then()
                .statusCode(400).body("errors[0].field", equalTo("code"));
        api().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("code", 2023)).post("/api/v1/periods")
                .then().statusCode(400);
        api().auth().oauth2(Tokens.clerk("511923")).contentType(ContentType.JSON).body(Map.of("code", "2988"))
                .post("/api/v1/periods").then().statusCode(403);
        api().contentType(ContentType.JSON).body(Map.of("code", "2988")).post("/api/v1/periods").then().statusCode(401);
        List<String> codes = api().get("/api/v1/periods").then().extract().jsonPath().getList("code");
        assertTrue(codes.stream().noneMatch(c -> c.equals("1999") || c.equals("3000") || c.equals("0999")), codes.toString());
    }
}
