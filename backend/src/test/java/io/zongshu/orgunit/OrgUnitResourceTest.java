package io.zongshu.orgunit;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.zongshu.common.ConditionalGet;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrgUnitResourceTest {

    @Test
    void the_city_comes_first_then_its_seven_county_level_units() {
        api().get("/api/v1/org-units").then().statusCode(200)
                .body("code", contains("511900", "511902", "511903", "511921", "511922", "511923", "BZ-CTZ", "BZ-EDZ"))
                .body("[0].level", equalTo("city")).body("[0].parent", equalTo(null))
                .body("[6].nameZh", equalTo("巴中文旅新区")).body("[6].parent", equalTo("511900"));
    }

    @Test
    void the_units_and_each_unit_are_revalidated_by_etag_or_last_modified() {
        ConditionalGet.revalidates("/api/v1/org-units", "no-cache");
        ConditionalGet.revalidates("/api/v1/org-units/511921", "no-cache");
        String tongjiang = api().get("/api/v1/org-units/511921").header("ETag");
        api().header("If-None-Match", tongjiang).get("/api/v1/org-units/511922").then().statusCode(200);
    }

    @Test
    void one_unit_by_code() {
        api().get("/api/v1/org-units/511921").then().statusCode(200)
                .body("nameZh", equalTo("通江县")).body("level", equalTo("county"));
        api().get("/api/v1/org-units/000000").then().statusCode(404).contentType("application/problem+json");
    }
}
