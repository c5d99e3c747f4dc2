package io.zongshu.contract;

import static io.zongshu.common.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.zongshu.access.Tokens;
import io.zongshu.common.Api;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * A query parameter an operation does not take is a 400 naming it, on every operation of the contract
 * (a typo must not silently widen an export or drop a filter), and a single-valued one may not repeat.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class UnknownParameterTest {

    @Test
    void every_operation_refuses_a_parameter_it_does_not_take() {
        Map<String, String> expected = new TreeMap<>();
        Map<String, String> answers = new TreeMap<>();
        forEachOperation((method, path) -> {
            expected.put(method + " " + path, "400 perod");
            var response = call(method, path + "?perod=2021", Tokens.admin());
            if (response.statusCode() == 403) { // a clerk's operation
                response = call(method, path + "?perod=2021", Tokens.clerk("511921"));
            }
            String field = response.statusCode() == 400 ? response.jsonPath().getString("errors[0].field") : "";
            answers.put(method + " " + path, response.statusCode() + " " + field);
        });
        assertEquals(expected, answers);
    }

    @Test
    void a_single_valued_parameter_given_twice_is_refused() {
        var response = api().get("/api/v1/exports?period=2021&format=csv&format=json");
        assertEquals(400, response.statusCode());
        assertEquals("format", response.jsonPath().getString("errors[0].field"));
        assertEquals("urn:zongshu:problem:invalid-parameter", response.jsonPath().getString("type"));
    }

    @Test
    void the_kept_review_falls_back_to_the_checked_path_when_a_query_is_sent() {
        var response = api().get("/api/v1/reviews/2021?lang=en");
        assertEquals(400, response.statusCode());
        assertEquals("lang", response.jsonPath().getString("errors[0].field"));
    }

    private static io.restassured.response.Response call(String method, String target, String token) {
        var request = api().auth().oauth2(token);
        if (!method.equals("GET") && !method.equals("DELETE")) {
            request = request.contentType("application/json").body("{}");
        }
        return request.request(method, target);
    }

    private static void forEachOperation(java.util.function.BiConsumer<String, String> each) {
        ParseOptions options = new ParseOptions();
        options.setResolve(false);
        new OpenAPIV3Parser().read(Api.CONTRACT.toString(), null, options).getPaths().forEach((template, item) ->
                item.readOperationsMap().keySet().forEach(method -> each.accept(method.name(), template
                        .replace("{year}", "2021").replace("{id}", "1").replace("{code}", "511900")
                        .replace("{indicator}", "theory.training_classes").replaceAll("\\{[^}]+}", "x"))));
    }
}
