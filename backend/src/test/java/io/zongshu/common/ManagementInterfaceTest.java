package io.zongshu.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;

/** Traffic metrics are for operators, on the management interface; health stays public for load balancers. */
@QuarkusTest
class ManagementInterfaceTest {
    @TestHTTPResource(value = "metrics", management = true) // under the management root, /q
    URL metrics;

    @Test
    void metrics_are_not_on_the_public_port() {
        given().get("/q/metrics").then().statusCode(404);
    }

    @Test
    void metrics_are_on_the_management_interface() {
        given().get("/api/v1/org-units").then().statusCode(200);
        given().get(metrics).then().statusCode(200).body(containsString("http_server_requests"));
    }

    @Test
    void health_is_on_the_public_port() {
        given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
    }
}
