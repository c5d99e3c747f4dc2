package io.zongshu.statistics;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
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
                String path = "find { it.indicator == '" + f.get("indicator") + "' }";
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
}
