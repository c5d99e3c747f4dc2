package io.zongshu.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Frontend developers' dev server may call the API from the browser; other origins may not. */
@QuarkusTest
class CorsTest {

    @Test
    void the_local_frontend_origin_is_let_in_and_sees_the_etag() {
        given().header("Origin", "http://localhost:5173").header("Access-Control-Request-Method", "GET")
                .options("/api/v1/reviews/2021").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"));
        given().header("Origin", "http://localhost:5173").get("/api/v1/metrics?period=2021").then()
                .statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("http://localhost:5173"))
                .header("Access-Control-Expose-Headers", containsString("ETag"));
    }

    @Test
    void another_origin_is_not() {
        given().header("Origin", "https://elsewhere.example").get("/api/v1/org-units").then()
                .header("Access-Control-Allow-Origin", nullValue());
    }
}
