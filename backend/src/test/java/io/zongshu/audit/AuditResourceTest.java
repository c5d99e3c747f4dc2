package io.zongshu.audit;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zongshu.access.Tokens;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class AuditResourceTest {

    @Test
    void the_history_is_read_page_by_page_in_the_order_it_was_written() {
        String admin = Tokens.admin();
        for (int i = 0; i < 2; i++) {
            api().auth().oauth2(admin).post("/api/v1/periods/2022/close").then().statusCode(200);
            api().auth().oauth2(admin).post("/api/v1/periods/2022/open").then().statusCode(200);
        }
        String query = "/api/v1/audit?actor=admin&period=2022&limit=3";
        List<String> actions = new ArrayList<>();
        List<Long> ids = new ArrayList<>();
        Long next = null;
        do {
            var page = api().auth().oauth2(admin).get(query + (next == null ? "" : "&after=" + next)).then()
                    .statusCode(200).extract().jsonPath();
            actions.addAll(page.getList("items.action"));
            ids.addAll(page.getList("items.id", Long.class));
            next = page.getObject("next", Long.class);
        } while (next != null);
        assertEquals(List.of("period_closed", "period_opened", "period_closed", "period_opened"),
                actions.subList(actions.size() - 4, actions.size()));
        assertEquals(ids.stream().sorted().distinct().toList(), ids, "ids ascend without repeats across pages");
        api().auth().oauth2(admin).get("/api/v1/audit?actor=admin&period=2022&action=period_opened&limit=1").then()
                .statusCode(200).body("items", hasSize(1)).body("items[0].actor.subject", equalTo("sub-admin"))
                .body("items[0].fromState", equalTo("closed"));
    }

    @Test
    void malformed_filters_are_400_naming_the_parameter() {
        for (String q : new String[] {"limit=0", "limit=1001", "limit=x", "after=-1", "submission=abc",
                "action=deleted", "orgUnit=%27%20or%201=1"}) {
            String parameter = q.substring(0, q.indexOf('='));
            api().auth().oauth2(Tokens.reviewer()).get("/api/v1/audit?" + q).then().statusCode(400)
                    .contentType("application/problem+json").body("errors.field", contains(parameter));
        }
    }

    @Test
    void the_history_cannot_be_changed_through_the_api() {
        for (String method : new String[] {"PUT", "PATCH", "DELETE", "POST"}) {
            api().auth().oauth2(Tokens.admin()).request(method, "/api/v1/audit").then().statusCode(405);
        }
    }
}
