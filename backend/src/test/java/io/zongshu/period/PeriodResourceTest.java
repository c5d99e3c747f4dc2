package io.zongshu.period;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeriodResourceTest {

    @Test
    void the_2021_period_is_closed_because_its_review_is_published() {
        api().get("/api/v1/periods").then().statusCode(200)
                .body("$", hasSize(1))
                .body("[0].code", equalTo("2021")).body("[0].kind", equalTo("year"))
                .body("[0].startDate", equalTo("2021-01-01")).body("[0].endDate", equalTo("2021-12-31"))
                .body("[0].state", equalTo("closed"));
    }
}
