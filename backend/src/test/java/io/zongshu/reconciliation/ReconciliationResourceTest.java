package io.zongshu.reconciliation;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.zongshu.access.Tokens;
import io.zongshu.submission.Flow;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ReconciliationResourceTest {
    /** Written by this test only, so its lines are predictable whatever ran before. */
    private static final String FRINGE = "grassroots.fringe_communities_governed";
    private static final List<String> COUNTIES = List.of("511902", "511903", "511921", "511922", "511923", "BZ-CTZ",
            "BZ-EDZ");

    @Test
    void for_2021_every_summable_indicator_has_the_citys_figure_and_no_county_data() {
        JsonPath report = api().auth().oauth2(Tokens.reviewer()).get("/api/v1/reconciliation?period=2021").then()
                .statusCode(200).body("orgUnit", equalTo("511900")).body("counties", equalTo(COUNTIES))
                .body("lines.status", everyItem(equalTo("no_county_data")))
                .body("lines.countiesReporting", everyItem(equalTo(0)))
                .extract().jsonPath();
        List<String> summable = api().get("/api/v1/indicators").then().extract().jsonPath()
                .getList("findAll { it.aggregation == 'sum' }.code");
        assertEquals(summable, report.getList("lines.indicator"));
        Map<String, Object> city = api().get("/api/v1/metrics?period=2021&orgUnit=511900").then().extract().jsonPath()
                .getMap("items.collectEntries { [it.indicator, it.value] }");
        for (String indicator : summable) {
            assertEquals(city.get(indicator), report.<Object>get("lines.find { it.indicator == '" + indicator + "' }.cityValue"),
                    indicator);
        }
    }

    @Test
    void the_city_total_is_compared_with_the_sum_of_approved_county_values() {
        Flow.approveInto("511900", "2022", List.of(Map.of("indicator", FRINGE, "value", 10)));
        Flow.approveInto("511903", "2022", List.of(Map.of("indicator", FRINGE, "value", 4)));
        line().body("cityValue", equalTo(10)).body("countySum", equalTo(4)).body("countiesReporting", equalTo(1))
                .body("difference", equalTo(-6)).body("status", equalTo("incomplete"))
                .body("countiesMissing", contains("511902", "511921", "511922", "511923", "BZ-CTZ", "BZ-EDZ"));

        for (String county : List.of("511902", "511921", "511922", "511923", "BZ-CTZ", "BZ-EDZ")) {
            Flow.approveInto(county, "2022", List.of(Map.of("indicator", FRINGE, "value", 1)));
        }
        line().body("countySum", equalTo(10)).body("countiesReporting", equalTo(7))
                .body("countiesMissing", empty()).body("difference", equalTo(0)).body("status", equalTo("match"))
                .body("approximate", equalTo(false));

        Flow.approveInto("BZ-EDZ", "2022",
                List.of(Map.of("indicator", FRINGE, "value", 2, "qualifier", "more_than")));
        line().body("countySum", equalTo(11)).body("difference", equalTo(1)).body("status", equalTo("mismatch"))
                .body("approximate", equalTo(true));
    }

    private static io.restassured.response.ValidatableResponse line() {
        return api().auth().oauth2(Tokens.reviewer()).get("/api/v1/reconciliation?period=2022").then().statusCode(200)
                .body("lines.findAll { it.indicator == '" + FRINGE + "' }", hasSize(1))
                .rootPath("lines.find { it.indicator == '" + FRINGE + "' }");
    }
}
