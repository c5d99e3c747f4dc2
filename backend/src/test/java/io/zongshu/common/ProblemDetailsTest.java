package io.zongshu.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Failures outside the resources' own checks have the same problem-details shape. */
@QuarkusTest
class ProblemDetailsTest {

    @Test
    void an_unknown_path_is_a_404_problem() {
        given().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zongshu:problem:not-found"))
                .body("instance", equalTo("/api/v1/no-such-thing"));
    }

    @Test
    void a_write_to_a_read_only_resource_is_a_405_problem() {
        given().contentType("application/json").body("{}").post("/api/v1/reviews").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zongshu:problem:method-not-allowed"));
    }

    @Test
    void an_unservable_accept_header_is_a_406_problem() {
        given().accept("application/xml").get("/api/v1/org-units").then().statusCode(406)
                .contentType("application/problem+json");
    }

    @Test
    void responses_tell_browsers_not_to_sniff_and_errors_carry_no_stack_trace() {
        given().get("/api/v1/reviews/1000").then().statusCode(404)
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .body(not(containsString("Exception")));
    }
}
