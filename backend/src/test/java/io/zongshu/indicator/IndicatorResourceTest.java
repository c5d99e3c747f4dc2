package io.zongshu.indicator;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.zongshu.common.ConditionalGet;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class IndicatorResourceTest {

    @Test
    void the_catalogue_has_one_entry_per_figure_of_the_article() {
        api().get("/api/v1/indicators").then().statusCode(200).body("$", hasSize(56));
        api().get("/api/v1/indicators?category=grassroots").then().statusCode(200)
                .body("$", hasSize(21)).body("code", everyItem(startsWith("grassroots.")));
    }

    @Test
    void an_entry_carries_names_unit_type_aggregation_and_bounds_from_its_type_unless_narrowed() {
        api().get("/api/v1/indicators/cadre.front_line_promotion_share").then().statusCode(200)
                .body("nameZh", equalTo("从重大斗争一线提拔重用干部占比"))
                .body("unit", equalTo("%")).body("valueType", equalTo("percent"))
                .body("aggregation", equalTo("none")).body("category", equalTo("cadre"))
                .body("min", equalTo(0)).body("max", equalTo(100));
        api().get("/api/v1/indicators/grassroots.college_educated_share_change").then()
                .body("unit", equalTo("个百分点")).body("valueType", equalTo("percentage_point_change"))
                .body("min", equalTo(0)).body("max", equalTo(100));
        api().get("/api/v1/indicators/talent.intent_agreements_growth").then()
                .body("valueType", equalTo("growth_percent")).body("min", equalTo(-100));
        api().get("/api/v1/indicators/theory.branch_life_meetings").then()
                .body("valueType", equalTo("count")).body("aggregation", equalTo("sum"));
    }

    @Test
    void the_catalogue_and_each_entry_are_revalidated_by_etag_or_last_modified() {
        for (String path : List.of("/api/v1/indicators", "/api/v1/indicators?category=talent")) {
            ConditionalGet.revalidates(path, "no-cache");
        }
        // An entry's ETag goes back in If-Match to change it: never compressed, it stays strong.
        ConditionalGet.revalidatesWithStrongTag("/api/v1/indicators/cadre.front_line_promotion_share", "no-cache");
        String whole = api().get("/api/v1/indicators").header("ETag");
        api().header("If-None-Match", whole).get("/api/v1/indicators?category=talent").then().statusCode(200);
    }

    @Test
    void unknown_and_malformed_codes() {
        api().get("/api/v1/indicators/theory.nothing").then().statusCode(404).contentType("application/problem+json");
        api().get("/api/v1/indicators/a%20b").then().statusCode(400).contentType("application/problem+json");
        api().get("/api/v1/indicators?category=x").then().statusCode(400).contentType("application/problem+json");
    }
}
