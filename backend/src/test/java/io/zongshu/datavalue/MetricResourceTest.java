package io.zongshu.datavalue;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.zongshu.common.RawHttp;
import java.io.IOException;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

@QuarkusTest
class MetricResourceTest {
    @ConfigProperty(name = "quarkus.http.test-port")
    int port;

    @Test
    void every_figure_of_the_article_is_a_value_of_the_city_for_2021() {
        api().get("/api/v1/metrics?period=2021&orgUnit=511900").then().statusCode(200)
                .body("items", hasSize(56)).body("next", nullValue())
                .body("items.orgUnit", everyItem(equalTo("511900")))
                .body("items.period", everyItem(equalTo("2021")))
                .body("items.state", everyItem(equalTo("approved")))
                .body("items.provenance.source", everyItem(equalTo("2021年巴中组织工作综述")))
                // Loaded from the document, not submitted by anyone: no submission and no submitted time.
                .body("items.provenance.submission", everyItem(nullValue()))
                .body("items.provenance.submittedAt", everyItem(nullValue()));
    }

    @Test
    void the_values_served_are_the_ones_the_review_displays() {
        JsonPath review = api().get("/api/v1/reviews/2021").then().extract().jsonPath();
        List<Map<String, Object>> figures = review.getList(
                "sections.blocks.runs.flatten().findAll { it.type == 'figure' }");
        JsonPath metrics = api().get("/api/v1/metrics?period=2021").then().extract().jsonPath();
        for (Map<String, Object> figure : figures) {
            String path = "items.find { it.indicator == '" + figure.get("indicator") + "' }";
            assertEquals(figure.get("value").toString(), metrics.getString(path + ".value"), figure.toString());
            assertEquals(figure.get("qualifier"), metrics.getString(path + ".qualifier"));
            assertEquals(figure.get("unit"), metrics.getString(path + ".unit"));
        }
    }

    @Test
    void decimals_stay_as_written_and_more_than_is_kept() {
        String body = api().get("/api/v1/metrics?indicator=talent.intent_agreements_growth").then().statusCode(200)
                .extract().asString();
        assertEquals(true, body.contains("\"value\":45.93,"), body);
        api().get("/api/v1/metrics?indicator=theory.veteran_members_medals").then()
                .body("items[0].value", equalTo(16000)).body("items[0].qualifier", equalTo("more_than"))
                .body("items[0].unit", equalTo("名"));
    }

    @Test
    void filters_combine_and_repeat() {
        api().get("/api/v1/metrics?category=talent&period=2021").then().statusCode(200).body("items", hasSize(14));
        api().get("/api/v1/metrics?category=theory&category=cadre&period=2021").then().body("items", hasSize(21));
        api().get("/api/v1/metrics?indicator=cadre.front_line_promotion_share&indicator=grassroots.average_age_decrease")
                .then().body("items.indicator", org.hamcrest.Matchers.contains(
                        "cadre.front_line_promotion_share", "grassroots.average_age_decrease"))
                .body("items.value", org.hamcrest.Matchers.contains(63.5f, 3));
        api().get("/api/v1/metrics?orgUnit=511902&period=2021").then().statusCode(200).body("items", hasSize(0))
                .body("next", nullValue());
    }

    @Test
    void unknown_or_malformed_filters_are_400_naming_the_parameter() {
        api().get("/api/v1/metrics?orgUnit=999999").then().statusCode(400)
                .contentType("application/problem+json").body("errors[0].field", equalTo("orgUnit"));
        api().get("/api/v1/metrics?period=1999").then().statusCode(400).body("errors[0].field", equalTo("period"));
        api().get("/api/v1/metrics?category=sport").then().statusCode(400)
                .body("errors[0].field", equalTo("category")).body("detail", containsString("theory"));
        api().get("/api/v1/metrics?indicator=no.such").then().statusCode(400)
                .body("errors[0].field", equalTo("indicator"));
    }

    @Test
    void no_query_string_however_odd_produces_a_server_error() throws IOException {
        List<String> queries = List.of("period=", "period=%00", "period='%20OR%201=1%20--", "period=' OR 1=1 --",
                "orgUnit=%E5%B7%B4", "orgUnit=巴中", "indicator=" + "x".repeat(5000), "category=", "category=THEORY",
                "period=2021&period=2021", "orgUnit=511900;DROP%20TABLE%20data_value", "indicator=%F0%9F%98%80",
                "unknown=1", "period[]=2021", "period=%C0%AF", "period=%zz", "period=%", "&&&==&", "=",
                "period=2021%0d%0aX-Injected:1", "period=\\u0000", "orgUnit=../../etc/passwd",
                "indicator=<script>alert(1)</script>", "period=" + "9".repeat(400), "category=theory%00");
        for (String query : queries) {
            int status = RawHttp.status(port, "/api/v1/metrics?" + query);
            assertTrue(status < 500, query + " gave " + status);
        }
    }
}
