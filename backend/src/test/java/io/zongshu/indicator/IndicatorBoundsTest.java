package io.zongshu.indicator;

import static io.zongshu.common.Api.api;
import static io.zongshu.indicator.IndicatorCatalogueTest.add;
import static io.zongshu.indicator.IndicatorCatalogueTest.delete;
import static io.zongshu.indicator.IndicatorCatalogueTest.entry;
import static io.zongshu.indicator.IndicatorCatalogueTest.events;
import static io.zongshu.indicator.IndicatorCatalogueTest.patch;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zongshu.access.Tokens;
import io.zongshu.period.TestPeriods;
import io.zongshu.submission.Flow;
import io.zongshu.submission.Flow.Seen;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Narrowing an indicator's bounds: the catalogue changes for the values still to come, reports the
 * approved values it would now refuse, and changes none of them. Values on their way to approval that
 * the new bounds refuse go back to the unit rather than being approved.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class IndicatorBoundsTest {
    /** Open years of this class's own (generated test data). */
    private static final String APPROVED_YEAR = "2941";
    private static final String SUBMITTED_YEAR = "2942";

    @Inject
    TestIndicators indicators;
    @Inject
    TestPeriods periods;
    private final List<String> made = new ArrayList<>();

    @AfterEach
    void removeWhatWasMade() {
        made.forEach(indicators::forget);
    }

    @Test
    void narrowing_reports_the_approved_values_it_would_refuse_and_keeps_them() {
        String code = IndicatorCatalogueTest.newCode(made);
        String etag = add(entry(code)).statusCode(201).extract().header("ETag");
        periods.open(APPROVED_YEAR);
        indicators.approve(code, "511921", APPROVED_YEAR, "50");
        indicators.approve(code, "511922", APPROVED_YEAR, "5000");
        indicators.approve(code, "511923", APPROVED_YEAR, "20000");
        String metrics = "/api/v1/metrics?indicator=" + code;
        String before = api().get(metrics).then().statusCode(200).extract().asString();

        patch(code, etag, Map.of("max", 1000)).statusCode(200).body("indicator.max", equalTo(1000))
                .body("valuesOutsideBounds", equalTo(List.of(
                        Map.of("indicator", code, "orgUnit", "511922", "period", APPROVED_YEAR, "value", 5000,
                                "qualifier", "exact"),
                        Map.of("indicator", code, "orgUnit", "511923", "period", APPROVED_YEAR, "value", 20000,
                                "qualifier", "exact"))));

        assertEquals(before, api().get(metrics).then().statusCode(200).extract().asString(),
                "the approved values, their revisions and provenance are as they were");
        assertEquals("max 100000 → 1000 (2 approved values lie outside the bounds; kept as approved)",
                events(code).getString("items.find { it.action == 'indicator_changed' }.comment"));
        // An entry with approved values stays in the catalogue.
        String narrowed = api().get("/api/v1/indicators/" + code).header("ETag");
        delete(code, narrowed).statusCode(409).body("detail", containsString("3 approved values"));
        api().get(metrics).then().body("items.size()", equalTo(3));
    }

    @Test
    void a_submitted_value_the_narrowed_bounds_refuse_goes_back_to_the_unit_not_into_the_approved_figures() {
        String code = IndicatorCatalogueTest.newCode(made);
        String etag = add(entry(code)).statusCode(201).extract().header("ETag");
        periods.open(SUBMITTED_YEAR);
        String clerk = Tokens.clerk("511921");
        Seen seen = Flow.open(clerk, "511921", SUBMITTED_YEAR);
        seen = Seen.of(Flow.put(clerk, seen, List.of(Flow.value(code, 500))).statusCode(200));
        seen = Seen.of(Flow.action(clerk, seen, "submit", null).statusCode(200));

        // Nothing approved yet: nothing to report; the submission now holds a value the bounds refuse.
        patch(code, etag, Map.of("max", 100)).statusCode(200).body("valuesOutsideBounds", equalTo(List.of()));
        Flow.action(Tokens.reviewer(), seen, "approve", Map.of()).statusCode(409)
                .body("errors[0].field", equalTo("values[0].value"))
                .body("errors[0].message", containsString("between 0 and 100"));
        Flow.get(clerk, seen.id()).statusCode(200).body("state", equalTo("submitted"))
                .body("values[0].value", equalTo(500));
        api().get("/api/v1/metrics?indicator=" + code).then().statusCode(200).body("items.size()", equalTo(0));

        // The submission refers to the indicator: it stays in the catalogue.
        String narrowed = api().get("/api/v1/indicators/" + code).header("ETag");
        delete(code, narrowed).statusCode(409).body("detail", containsString("submission " + seen.id()));

        // Sent back, the clerk can neither resubmit the value nor enter it again, only a value within the bounds.
        seen = Seen.of(Flow.action(Tokens.reviewer(), seen, "return", Map.of("comment", "上限已调整为100")).statusCode(200));
        Flow.action(clerk, seen, "submit", null).statusCode(409).body("errors[0].field", equalTo("values[0].value"));
        Flow.put(clerk, seen, List.of(Flow.value(code, 500))).statusCode(400);
        seen = Seen.of(Flow.put(clerk, seen, List.of(Flow.value(code, 100))).statusCode(200));
        seen = Seen.of(Flow.action(clerk, seen, "submit", null).statusCode(200));
        Flow.action(Tokens.reviewer(), seen, "approve", Map.of()).statusCode(200);
        api().get("/api/v1/metrics?indicator=" + code).then().body("items[0].value", equalTo(100));
    }
}
