package io.zongshu.statistics;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.zongshu.common.HttpDates;
import io.zongshu.submission.Flow;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class StatisticsResourceTest {

    @Test
    void cadre_figures_are_grouped_by_theme() {
        api().get("/api/v1/cadre-statistics/2021").then().statusCode(200)
                .body("year", equalTo(2021)).body("orgUnit", equalTo("511900"))
                .body("groups.key", contains("frontLineSelection", "candidatesVettedOut", "leadershipStructure",
                        "youngCadres", "electionDiscipline"))
                .body("groups.figures.flatten()", hasSize(14))
                .body("groups[2].figures.indicator", contains("cadre.city_soes_professional_heads",
                        "cadre.county_teams_party_building_share", "cadre.county_teams_rural_work_share",
                        "cadre.county_teams_opening_up_share"))
                .body("groups[2].figures.value", contains(4, 45.6f, 60.8f, 24.1f));
    }

    @Test
    void talent_figures_are_grouped_by_theme_with_their_growth() {
        api().get("/api/v1/talent-recruitment/2021").then().statusCode(200)
                .body("groups.key", contains("recruitmentCampaign", "talentsRecruited", "platforms", "recognition",
                        "services"))
                .body("groups.figures.flatten()", hasSize(14))
                .body("groups[0].figures.value", contains(14, 1579, 45.93f))
                .body("groups[0].figures.valueType", contains("count", "count", "growth_percent"))
                .body("groups[2].figures[1].qualifier", equalTo("more_than"));
    }

    @Test
    void every_figure_in_the_views_is_the_served_metric() {
        JsonPath metrics = api().get("/api/v1/metrics?period=2021&orgUnit=511900").then().extract().jsonPath();
        for (String view : List.of("/api/v1/cadre-statistics/2021", "/api/v1/talent-recruitment/2021")) {
            List<Map<String, Object>> figures = api().get(view).then().extract().jsonPath()
                    .getList("groups.figures.flatten()");
            for (Map<String, Object> f : figures) {
                String path = "items.find { it.indicator == '" + f.get("indicator") + "' }";
                assertEquals(metrics.getString(path + ".value"), f.get("value").toString());
                assertEquals(metrics.getString(path + ".qualifier"), f.get("qualifier"));
                assertEquals(metrics.getString(path + ".unit"), f.get("unit"));
            }
        }
    }

    @Test
    void a_year_without_figures_is_404_and_a_bad_year_400() {
        api().get("/api/v1/cadre-statistics/2020").then().statusCode(404).contentType("application/problem+json");
        api().get("/api/v1/talent-recruitment/2020").then().statusCode(404).contentType("application/problem+json");
        api().get("/api/v1/talent-recruitment/21").then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void without_org_unit_the_views_are_the_citys_and_every_figure_says_whose_and_when() {
        for (String view : List.of("/api/v1/cadre-statistics/2021", "/api/v1/talent-recruitment/2021")) {
            JsonPath city = api().get(view + "?orgUnit=511900").then().statusCode(200).extract().jsonPath();
            api().get(view).then().statusCode(200)
                    .body("orgUnit", equalTo("511900")).body("period", equalTo("2021"))
                    .body("groups.figures.flatten().orgUnit", everyItem(equalTo("511900")))
                    .body("groups.figures.flatten().period", everyItem(equalTo("2021")))
                    .body("groups", equalTo(city.getList("groups")));
        }
    }

    @Test
    void a_county_gets_its_own_approved_figures() {
        Flow.approveInto("511922", "2022", List.of(Flow.value("cadre.election_inspection_rounds", 3),
                Flow.value("cadre.county_teams_rural_work_share", 52.5), Flow.value("talent.youth_card_services", 120)));
        api().get("/api/v1/cadre-statistics/2022?orgUnit=511922").then().statusCode(200)
                .body("year", equalTo(2022)).body("orgUnit", equalTo("511922")).body("period", equalTo("2022"))
                .body("groups.figures.flatten().orgUnit", everyItem(equalTo("511922")))
                .body("groups.figures.flatten().period", everyItem(equalTo("2022")))
                .body("groups.find { it.key == 'electionDiscipline' }.figures[0].value", equalTo(3))
                .body("groups.find { it.key == 'leadershipStructure' }.figures.find { it.indicator == "
                        + "'cadre.county_teams_rural_work_share' }.value", equalTo(52.5f));
        api().get("/api/v1/talent-recruitment/2022?orgUnit=511922").then().statusCode(200)
                .body("orgUnit", equalTo("511922"))
                .body("groups.find { it.key == 'services' }.figures.find { it.indicator == "
                        + "'talent.youth_card_services' }.value", equalTo(120));
        // The county's view is its own: none of the city's 2021 figures, none of another county's.
        api().get("/api/v1/cadre-statistics/2021?orgUnit=511922").then().statusCode(404);
    }

    @Test
    void a_unit_without_approved_figures_for_the_year_is_404_and_an_unknown_unit_400_naming_org_unit() {
        for (String view : List.of("/api/v1/cadre-statistics/2021", "/api/v1/talent-recruitment/2021")) {
            api().get(view + "?orgUnit=BZ-EDZ").then().statusCode(404).contentType("application/problem+json")
                    .body("type", equalTo("urn:zongshu:problem:not-found"));
            for (String bad : List.of("999999", "%27%20or%201=1")) {
                api().get(view + "?orgUnit=" + bad).then().statusCode(400).contentType("application/problem+json")
                        .body("type", equalTo("urn:zongshu:problem:invalid-parameter"))
                        .body("errors.field", contains("orgUnit"));
            }
        }
    }

    @Test
    void a_view_has_an_etag_and_the_newest_of_its_values_as_last_modified() {
        String view = "/api/v1/cadre-statistics/2021";
        var answer = api().get(view).then().statusCode(200).header("Cache-Control", "no-cache").extract();
        List<String> shown = answer.jsonPath().getList("groups.figures.flatten().indicator");
        List<Map<String, Object>> metrics = api().get("/api/v1/metrics?period=2021&orgUnit=511900&category=cadre")
                .then().extract().jsonPath().getList("items");
        Instant newest = metrics.stream().filter(m -> shown.contains(m.get("indicator")))
                .map(m -> OffsetDateTime.parse((String) ((Map<?, ?>) m.get("provenance")).get("recordedAt")).toInstant())
                .max(Comparator.naturalOrder()).orElseThrow();
        assertEquals(HttpDates.format(newest), answer.header("Last-Modified"));
        api().header("If-None-Match", answer.header("ETag")).get(view).then().statusCode(304)
                .header("ETag", answer.header("ETag"));
        api().header("If-Modified-Since", answer.header("Last-Modified")).get(view).then().statusCode(304);
        api().header("If-Modified-Since", HttpDates.format(newest.minusSeconds(1))).get(view).then().statusCode(200);
        api().header("If-None-Match", answer.header("ETag")).get("/api/v1/talent-recruitment/2021").then()
                .statusCode(200);
    }
}
