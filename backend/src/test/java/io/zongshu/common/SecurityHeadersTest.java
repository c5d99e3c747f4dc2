package io.zongshu.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** Every answer, success or failure, carries the browser protections and says nothing about the server. */
@QuarkusTest
class SecurityHeadersTest {

    @Test
    void successes_and_failures_alike_carry_the_security_headers_and_no_server_details() {
        List<Supplier<ValidatableResponse>> answers = List.of(
                () -> given().get("/api/v1/reviews/2021/editions/1").then().statusCode(200), // the fast route
                () -> given().get("/api/v1/reviews/2021").then().statusCode(200),
                () -> given().get("/api/v1/metrics?period=2021").then().statusCode(200),
                () -> given().get("/api/v1/no-such-thing").then().statusCode(404),
                () -> given().get("/api/v1/metrics?period=x").then().statusCode(400),
                () -> given().get("/api/v1/me").then().statusCode(401),
                () -> given().contentType("application/json").body("{}").post("/api/v1/indicators/theory.training_classes").then().statusCode(405),
                () -> given().get("/q/health/ready").then().statusCode(200));
        for (Supplier<ValidatableResponse> answer : answers) {
            answer.get()
                    .header("X-Content-Type-Options", equalTo("nosniff"))
                    .header("X-Frame-Options", equalTo("DENY"))
                    .header("Referrer-Policy", equalTo("no-referrer"))
                    .header("Content-Security-Policy", containsString("default-src 'none'"))
                    .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                    .header("Server", nullValue())
                    .header("X-Powered-By", nullValue());
        }
    }
}
