package io.zongshu.submission;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.path.json.JsonPath;
import io.zongshu.access.Tokens;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The submissions list a page at a time, newest first, as a reviewer working through it reads it. */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class SubmissionPagingTest {
    private static final String UNIT = "BZ-EDZ";
    private static final String LIST = "/api/v1/submissions?orgUnit=" + UNIT + "&period=2022";

    @Test
    void pages_follow_one_another_newest_first_without_gaps_or_repeats_even_when_one_changes_meanwhile() {
        String reviewer = Tokens.reviewer();
        // Three approved rounds and one open draft of the unit for 2022.
        for (int round = 1; round <= 3; round++) {
            Flow.approveInto(UNIT, "2022", List.of(Flow.value("grassroots.old_compounds_governed", 40 + round)));
        }
        Flow.Seen draft = Flow.open(Tokens.clerk(UNIT), UNIT, "2022");
        List<Long> all = api().auth().oauth2(reviewer).get(LIST + "&limit=1000").then().statusCode(200)
                .body("next", nullValue()).extract().jsonPath().getList("items.id", Long.class);
        assertTrue(all.size() >= 4, "at least the four made here");
        assertEquals(all.stream().sorted(Comparator.reverseOrder()).toList(), all, "newest (highest id) first");
        assertEquals(draft.id(), all.get(0));

        List<Long> paged = new ArrayList<>();
        JsonPath page = api().auth().oauth2(reviewer).get(LIST + "&limit=2").then().statusCode(200)
                .body("items", hasSize(2)).extract().jsonPath();
        paged.addAll(page.getList("items.id", Long.class));
        // The newest one changes while the reviewer reads on: the order, by id, does not move.
        Flow.put(Tokens.clerk(UNIT), draft, List.of(Flow.value("grassroots.old_compounds_governed", 50)))
                .statusCode(200);
        Long next = page.getObject("next", Long.class);
        while (next != null) {
            page = api().auth().oauth2(reviewer).get(LIST + "&limit=2&after=" + next).then().statusCode(200)
                    .extract().jsonPath();
            paged.addAll(page.getList("items.id", Long.class));
            next = page.getObject("next", Long.class);
        }
        assertEquals(all, paged);
        // Leave nothing open for other tests: the draft is sent and approved.
        Flow.approveInto(UNIT, "2022", List.of(Flow.value("grassroots.old_compounds_governed", 50)));
    }

    @Test
    void a_page_holds_100_unless_asked_and_a_clerk_pages_through_their_own_unit_only() {
        Flow.approveInto(UNIT, "2022", List.of(Flow.value("grassroots.old_compounds_governed", 44)));
        Flow.approveInto("511902", "2022", List.of(Flow.value("grassroots.old_compounds_governed", 2)));
        String clerk = Tokens.clerk(UNIT);
        api().auth().oauth2(clerk).get("/api/v1/submissions?limit=1").then().statusCode(200)
                .body("items", hasSize(1)).body("items.orgUnit", contains(UNIT));
        int count = api().auth().oauth2(Tokens.reviewer()).get("/api/v1/submissions?limit=1000").then()
                .extract().jsonPath().getList("items").size();
        api().auth().oauth2(Tokens.reviewer()).get("/api/v1/submissions").then().statusCode(200)
                .body("items", hasSize(Math.min(count, 100)));
    }

    @Test
    void a_bad_limit_or_cursor_is_400_naming_it() {
        for (String q : List.of("limit=0", "limit=1001", "limit=many", "after=0", "after=-1", "after=x")) {
            api().auth().oauth2(Tokens.reviewer()).get("/api/v1/submissions?" + q).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:zongshu:problem:invalid-parameter"))
                    .body("errors.field", contains(q.substring(0, q.indexOf('='))));
        }
    }
}
