package io.zongshu.submission;

import static io.zongshu.common.Api.api;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import io.zongshu.access.Tokens;
import io.zongshu.period.TestPeriods;
import io.zongshu.submission.Flow.Seen;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every protected endpoint × {anonymous, clerk of unit A, clerk of unit B, reviewer, admin}, for unit A a
 * county and again for A the city itself (511900, whose own figures the city office enters like a county:
 * the reviewer and admin carry org_unit 511900 too, yet may not write them). Callers who pass the access
 * check are sent a stale If-Match or a dry run, so that the matrix changes nothing; their 412, 409 or 200
 * shows they got past it.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AccessMatrixTest {
    /** An open year of this class's own (generated test data). */
    private static final String PERIOD = "2902";
    @Inject
    TestPeriods periods;

    @BeforeEach
    void openTheYear() {
        periods.open(PERIOD);
    }

    private static final String COUNTY = "511902";
    /** The city's own figures: the city office (clerk-511900, client city-511900) enters them like a county. */
    private static final String CITY = "511900";
    private static final String B = "BZ-EDZ";
    private static final List<String> CALLERS = List.of("anonymous", "clerk A", "clerk B", "reviewer", "admin");

    /** Per unit A: a submission of A awaiting review, made once. */
    private static final Map<String, Seen> SUBMITTED = new HashMap<>();

    private record Case(String method, String path, Object body, int... expected) {
    }

    private static Seen submittedOf(String unit) {
        return SUBMITTED.computeIfAbsent(unit, a -> {
            String clerk = Tokens.clerk(a);
            Seen draft = Flow.open(clerk, a, PERIOD);
            Seen filled = Seen.of(Flow.put(clerk, draft, List.of(Flow.value("theory.training_classes", 2))).statusCode(200));
            return Seen.of(Flow.action(clerk, filled, "submit", null).statusCode(200));
        });
    }

    @ParameterizedTest(name = "unit A = {0}")
    @ValueSource(strings = {COUNTY, CITY})
    void each_endpoint_admits_exactly_the_callers_it_should(String unit) {
        Seen submittedOfA = submittedOf(unit);
        long id = submittedOfA.id();
        Map<String, Object> setOfA = Map.of("dataValues", List.of(Flow.entry("theory.training_classes", unit, PERIOD, 2)));
        List<Case> cases = List.of(
                //                                                                anon clerkA clerkB reviewer admin
                new Case("POST", "/api/v1/submissions", Map.of("orgUnit", unit, "period", PERIOD), 401, 409, 403, 403, 403),
                new Case("GET", "/api/v1/submissions", null, 401, 200, 200, 200, 200),
                new Case("GET", "/api/v1/submissions?orgUnit=" + unit, null, 401, 200, 403, 200, 200),
                new Case("GET", "/api/v1/submissions/" + id, null, 401, 200, 403, 200, 200),
                new Case("PUT", "/api/v1/submissions/" + id + "/values",
                        Map.of("dataValues", List.of(Flow.value("theory.training_classes", 3))), 401, 412, 403, 403, 403),
                new Case("DELETE", "/api/v1/submissions/" + id + "/values/theory.training_classes", null,
                        401, 412, 403, 403, 403),
                new Case("POST", "/api/v1/submissions/" + id + "/submit", null, 401, 412, 403, 403, 403),
                new Case("POST", "/api/v1/submissions/" + id + "/return", Map.of("comment", "x"), 401, 403, 403, 412, 412),
                new Case("POST", "/api/v1/submissions/" + id + "/approve", Map.of(), 401, 403, 403, 412, 412),
                new Case("POST", "/api/v1/data-value-sets?dryRun=true", setOfA, 401, 409, 403, 403, 403),
                new Case("POST", "/api/v1/periods/2021/close", null, 401, 403, 403, 200, 200),
                new Case("POST", "/api/v1/periods/2021/open", null, 401, 403, 403, 409, 409),
                new Case("GET", "/api/v1/reconciliation?period=2021", null, 401, 403, 403, 200, 200),
                new Case("GET", "/api/v1/audit", null, 401, 403, 403, 200, 200),
                new Case("GET", "/api/v1/me", null, 401, 200, 200, 200, 200));

        Map<String, String> tokens = new LinkedHashMap<>();
        tokens.put("clerk A", Tokens.clerk(unit));
        tokens.put("clerk B", Tokens.clerk(B));
        tokens.put("reviewer", Tokens.reviewer());
        tokens.put("admin", Tokens.admin());
        List<String> wrong = new ArrayList<>();
        for (Case c : cases) {
            for (int i = 0; i < CALLERS.size(); i++) {
                RequestSpecification request = api().header("If-Match", "\"0\"");
                String token = tokens.get(CALLERS.get(i));
                if (token != null) {
                    request = request.auth().oauth2(token);
                }
                if (c.body() != null) {
                    request = request.contentType(ContentType.JSON).body(c.body());
                }
                Response response = request.request(c.method(), c.path());
                int status = response.statusCode();
                if (status != c.expected()[i]) {
                    wrong.add(c.method() + " " + c.path() + " as " + CALLERS.get(i) + ": " + status
                            + " instead of " + c.expected()[i] + " " + response.asString());
                } else if (status >= 400 && !response.contentType().startsWith("application/problem+json")) {
                    wrong.add(c.method() + " " + c.path() + " as " + CALLERS.get(i) + ": " + response.contentType());
                }
            }
        }
        assertEquals(List.of(), wrong);
        // And the matrix changed nothing.
        Flow.get(Tokens.clerk(unit), id).statusCode(200).header("ETag", submittedOfA.etag());
    }

    @Test
    void a_clerk_sees_only_their_own_units_submissions() {
        submittedOf(COUNTY);
        List<String> units = api().auth().oauth2(Tokens.clerk(B)).get("/api/v1/submissions").then().statusCode(200)
                .extract().jsonPath().getList("items.orgUnit");
        assertEquals(List.of(), units.stream().filter(u -> !u.equals(B)).toList());
        List<String> all = api().auth().oauth2(Tokens.reviewer()).get("/api/v1/submissions?orgUnit=" + COUNTY).then()
                .statusCode(200).extract().jsonPath().getList("items.orgUnit");
        assertEquals(true, all.contains(COUNTY));
    }
}
