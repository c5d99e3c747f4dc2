package io.zongshu.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zongshu.access.Tokens;
import org.junit.jupiter.api.Test;

/** Any page may read the public data; only the SPA's configured origins may write. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class CorsTest {
    private static final String FOREIGN = "https://elsewhere.example";
    private static final String SPA = "http://localhost:5173";

    @Test
    void any_origin_reads_public_data_with_one_answer_for_all_origins() {
        given().header("Origin", FOREIGN).get("/api/v1/org-units").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Vary", not(containsString("Origin")))
                .header("Access-Control-Allow-Credentials", nullValue())
                .header("Access-Control-Expose-Headers", allOf(containsString("ETag"),
                        containsString("Content-Disposition"), containsString("Zongshu-Content-Hash")));
        given().header("Origin", FOREIGN).get("/api/v1/reviews/2021").then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("*"));
        given().header("Origin", FOREIGN).header("Access-Control-Request-Method", "GET")
                .header("Access-Control-Request-Headers", "if-none-match")
                .options("/api/v1/metrics").then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Access-Control-Allow-Methods", equalTo("GET, HEAD"))
                .header("Access-Control-Allow-Headers", containsString("If-None-Match"));
    }

    @Test
    void a_foreign_origin_may_not_write_and_is_told_so_as_a_problem() {
        given().header("Origin", FOREIGN).header("Access-Control-Request-Method", "POST")
                .options("/api/v1/data-value-sets").then().statusCode(403)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zongshu:problem:forbidden")).body("errors[0].field", equalTo("Origin"));
        given().header("Origin", FOREIGN).auth().oauth2(Tokens.reviewer()).post("/api/v1/periods/2022/open")
                .then().statusCode(403).contentType("application/problem+json")
                .body("errors[0].field", equalTo("Origin"));
    }

    @Test
    void the_spa_origin_writes_and_its_answers_vary_by_origin() {
        given().header("Origin", SPA).header("Access-Control-Request-Method", "PUT")
                .header("Access-Control-Request-Headers", "authorization, if-match, content-type")
                .options("/api/v1/submissions/1/values").then().statusCode(204)
                .header("Access-Control-Allow-Origin", equalTo(SPA)).header("Vary", containsString("Origin"))
                .header("Access-Control-Allow-Methods", containsString("PUT"))
                .header("Access-Control-Allow-Headers", allOf(containsString("Authorization"), containsString("If-Match")));
        given().header("Origin", SPA).auth().oauth2(Tokens.reviewer()).post("/api/v1/periods/2022/open")
                .then().statusCode(200).header("Access-Control-Allow-Origin", equalTo(SPA))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void a_read_without_origin_says_any_origin_too_so_a_shared_cache_may_hand_it_to_a_page() {
        given().get("/api/v1/org-units").then().statusCode(200).header("Access-Control-Allow-Origin", equalTo("*"))
                .header("Vary", not(containsString("Origin")));
        given().auth().oauth2(Tokens.reviewer()).post("/api/v1/periods/2022/open").then().statusCode(200)
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
