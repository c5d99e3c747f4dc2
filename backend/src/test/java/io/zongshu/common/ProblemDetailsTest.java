package io.zongshu.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
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
        given().contentType("application/json").body("{}").post("/api/v1/indicators/theory.training_classes").then().statusCode(405)
                .contentType("application/problem+json")
                .body("type", equalTo("urn:zongshu:problem:method-not-allowed"));
    }

    @Test
    void every_405_names_the_methods_the_contract_allows_on_that_path() {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        OpenAPI contract = new OpenAPIV3Parser().read(Api.CONTRACT.toString(), null, options);
        List<String> verbs = List.of("GET", "POST", "PUT", "DELETE", "PATCH");
        Map<String, String> answers = new TreeMap<>();
        Map<String, String> expected = new TreeMap<>();
        contract.getPaths().forEach((template, item) -> {
            Set<String> allowed = new TreeSet<>();
            item.readOperationsMap().keySet().forEach(m -> allowed.add(m.name()));
            String wrong = verbs.stream().filter(v -> !allowed.contains(v)).findFirst().orElseThrow();
            if (allowed.contains("GET")) {
                allowed.add("HEAD");
            }
            allowed.add("OPTIONS");
            String path = template.replaceAll("\\{[^}]+}", "2021");
            var response = given().contentType("application/json").body("{}").request(wrong, path);
            String allow = response.header("Allow");
            answers.put(wrong + " " + path, response.statusCode() + " " + response.contentType() + " "
                    + (allow == null ? null : new TreeSet<>(List.of(allow.split(",\\s*")))));
            expected.put(wrong + " " + path, "405 application/problem+json " + allowed);
        });
        assertEquals(expected, answers);
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
