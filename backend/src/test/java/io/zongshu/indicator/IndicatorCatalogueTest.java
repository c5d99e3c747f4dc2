package io.zongshu.indicator;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.zongshu.access.Tokens;
import io.zongshu.common.HttpDates;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An admin grows the catalogue for a new year: adds an indicator, corrects its names and bounds, and
 * removes one added by mistake; everyone reads it, the history tells it. Each test makes entries of its
 * own (generated codes) and removes them again.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class IndicatorCatalogueTest {
    static final String MERGE_PATCH = "application/merge-patch+json; charset=utf-8";
    private static final String SEEDED = "theory.training_classes";

    @Inject
    TestIndicators indicators;
    private final List<String> made = new ArrayList<>();

    @AfterEach
    void removeWhatWasMade() {
        made.forEach(indicators::forget);
    }

    @Test
    void an_admin_adds_an_indicator_and_everyone_reads_it() {
        String code = newCode();
        String etag = add(entry(code)).statusCode(201)
                .header("Location", endsWith("/api/v1/indicators/" + code))
                .header("ETag", matchesPattern("\"[A-Za-z0-9_-]{43}\"")).header("Cache-Control", "no-store")
                .body("code", equalTo(code)).body("nameZh", equalTo("返乡创业大学生人数")).body("unit", equalTo("名"))
                .body("valueType", equalTo("count")).body("aggregation", equalTo("sum"))
                .body("category", equalTo("talent")).body("min", equalTo(0)).body("max", equalTo(100000))
                .extract().header("ETag");

        api().get("/api/v1/indicators/" + code).then().statusCode(200).header("ETag", equalTo(etag))
                .body("max", equalTo(100000));
        api().get("/api/v1/indicators?category=talent").then().statusCode(200).body("code", hasItem(code));
        api().get("/api/v1/indicators?category=cadre").then().statusCode(200).body("code", not(hasItem(code)));
    }

    @Test
    void bounds_left_out_are_the_value_types() {
        String code = newCode();
        Map<String, Object> entry = entry(code);
        entry.remove("max");
        entry.put("valueType", "growth_percent");
        entry.put("unit", "%");
        add(entry).statusCode(201).body("min", equalTo(-100)).body("max", equalTo(10000));
    }

    @Test
    void a_code_the_catalogue_has_already_is_a_409_and_changes_nothing() {
        String code = newCode();
        add(entry(code)).statusCode(201);
        Map<String, Object> again = entry(code);
        again.put("nameEn", "Another entry under the same code");
        add(again).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:zongshu:problem:conflict")).body("detail", containsString(code));
        api().get("/api/v1/indicators/" + code).then().body("nameEn", equalTo(entry(code).get("nameEn")));

        String seeded = api().get("/api/v1/indicators/" + SEEDED).header("ETag");
        Map<String, Object> taken = entry(SEEDED);
        taken.put("category", "theory");
        add(taken).statusCode(409);
        api().get("/api/v1/indicators/" + SEEDED).then().header("ETag", equalTo(seeded));
    }

    @Test
    void an_invalid_entry_is_a_400_naming_the_field_and_adds_nothing() {
        String code = newCode();
        Map<String, Object> missing = entry(code);
        missing.remove("aggregation");
        List<Map.Entry<String, Map<String, Object>>> cases = List.of(
                Map.entry("code", with(entry(code), "code", code.replace("talent.", "cadre."))),
                Map.entry("code", with(entry(code), "code", "talent.a b")),
                Map.entry("unit", with(entry(code), "unit", "kg")),
                Map.entry("min", with(with(entry(code), "min", 500), "max", 100)),
                Map.entry("max", with(entry(code), "max", 100000001)),
                Map.entry("nameZh", with(entry(code), "nameZh", " ")),
                Map.entry("valueType", with(entry(code), "valueType", "counts")),
                Map.entry("colour", with(entry(code), "colour", "red")),
                Map.entry("aggregation", missing));
        for (var c : cases) {
            add(c.getValue()).statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("urn:zongshu:problem:invalid-body"))
                    .body("errors.field", equalTo(List.of(c.getKey())));
        }
        add(with(entry(code), "valueType", "counts")).body("errors[0].message",
                equalTo("must be one of count, percent, growth_percent, percentage_point_change, year_change"));
        api().get("/api/v1/indicators/" + code).then().statusCode(404);
        api().get("/api/v1/indicators/talent.a%20b").then().statusCode(400);
    }

    @Test
    void only_admins_change_the_catalogue_and_a_token_is_needed() {
        String code = newCode();
        for (String token : List.of(Tokens.reviewer(), Tokens.clerk("511921"))) {
            api().auth().oauth2(token).contentType(ContentType.JSON).body(entry(code)).post("/api/v1/indicators")
                    .then().statusCode(403).contentType("application/problem+json");
        }
        api().contentType(ContentType.JSON).body(entry(code)).post("/api/v1/indicators").then().statusCode(401)
                .header("WWW-Authenticate", "Bearer");
        api().get("/api/v1/indicators/" + code).then().statusCode(404);

        String etag = api().get("/api/v1/indicators/" + SEEDED).header("ETag");
        api().auth().oauth2(Tokens.reviewer()).contentType(MERGE_PATCH).header("If-Match", etag)
                .body(Map.of("max", 50)).patch("/api/v1/indicators/" + SEEDED).then().statusCode(403);
        api().auth().oauth2(Tokens.reviewer()).header("If-Match", etag).delete("/api/v1/indicators/" + SEEDED)
                .then().statusCode(403);
        api().contentType(MERGE_PATCH).header("If-Match", etag).body(Map.of("max", 50))
                .patch("/api/v1/indicators/" + SEEDED).then().statusCode(401);
        api().header("If-Match", etag).delete("/api/v1/indicators/" + SEEDED).then().statusCode(401);
        api().get("/api/v1/indicators/" + SEEDED).then().header("ETag", equalTo(etag));
    }

    @Test
    void an_admin_changes_names_and_bounds_based_on_the_entry_as_read() {
        String code = newCode();
        String added = add(entry(code)).statusCode(201).extract().header("ETag");
        OffsetDateTime addedAt = changedAt(code);

        String changed = patch(code, added, Map.of("nameEn", "Graduates starting businesses at home", "max", 5000))
                .statusCode(200).header("Cache-Control", "no-store")
                .body("indicator.nameEn", equalTo("Graduates starting businesses at home"))
                .body("indicator.max", equalTo(5000)).body("indicator.nameZh", equalTo("返乡创业大学生人数"))
                .body("valuesOutsideBounds", equalTo(List.of())).extract().header("ETag");
        assertNotEquals(added, changed);
        api().get("/api/v1/indicators/" + code).then().header("ETag", equalTo(changed)).body("max", equalTo(5000));
        assertFalse(changedAt(code).isBefore(addedAt));
        assertNotEquals(addedAt, changedAt(code), "the entry's Last-Modified follows its change");

        // An ETag read before the change, a weak one, none: nothing is changed over a change not seen.
        patch(code, added, Map.of("max", 10)).statusCode(412).body("type", equalTo("urn:zongshu:problem:precondition-failed"));
        patch(code, "W/" + changed, Map.of("max", 10)).statusCode(412);
        api().auth().oauth2(Tokens.admin()).contentType(MERGE_PATCH).body(Map.of("max", 10))
                .patch("/api/v1/indicators/" + code).then().statusCode(428)
                .body("type", equalTo("urn:zongshu:problem:precondition-required"))
                .body("detail", containsString(changed));
        api().get("/api/v1/indicators/" + code).then().body("max", equalTo(5000));

        // Plain JSON is read as a merge patch too; null gives a bound back to the value type.
        Map<String, Object> reset = new HashMap<>();
        reset.put("max", null);
        api().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).header("If-Match", changed).body(reset)
                .patch("/api/v1/indicators/" + code).then().statusCode(200).body("indicator.max", equalTo(100000000));
    }

    @Test
    void the_code_and_what_its_values_are_never_change() {
        String code = newCode();
        String etag = add(entry(code)).statusCode(201).extract().header("ETag");
        Map<String, Object> cases = Map.of("code", "talent.another_code", "category", "cadre", "unit", "个",
                "valueType", "percent", "max", -1, "nameEn", "");
        cases.forEach((field, value) -> patch(code, etag, Map.of(field, value)).statusCode(400)
                .contentType("application/problem+json").body("errors.field", equalTo(List.of(field))));
        patch(code, etag, Map.of("code", "talent.another_code")).body("errors[0].message",
                containsString("codes never change"));
        patch(code, etag, Map.of("colour", "red")).statusCode(400).body("errors.field", equalTo(List.of("colour")));
        api().auth().oauth2(Tokens.admin()).contentType(MERGE_PATCH).header("If-Match", etag).body("[1, 2]")
                .patch("/api/v1/indicators/" + code).then().statusCode(400).body("errors.field", equalTo(List.of("body")));
        // The entry as read, sent back whole, changes nothing.
        String same = patch(code, etag, api().get("/api/v1/indicators/" + code).jsonPath().getMap("$")).statusCode(200)
                .extract().header("ETag");
        assertEquals(etag, same);
        api().get("/api/v1/indicators/" + code).then().header("ETag", equalTo(etag));
        api().get("/api/v1/indicators/talent.another_code").then().statusCode(404);
    }

    @Test
    void an_unused_entry_is_removed_and_the_catalogue_says_it_changed() {
        String code = newCode();
        String etag = add(entry(code)).statusCode(201).extract().header("ETag");
        api().auth().oauth2(Tokens.admin()).delete("/api/v1/indicators/" + code).then().statusCode(428);
        delete(code, "\"an-older-read\"").statusCode(412);
        delete(code, etag).statusCode(204);

        api().get("/api/v1/indicators/" + code).then().statusCode(404);
        var catalogue = api().get("/api/v1/indicators").then().statusCode(200).body("code", not(hasItem(code)))
                .extract();
        delete(code, etag).statusCode(404);
        // The catalogue's Last-Modified moves forward with a removal too, though the entry took its own time along.
        OffsetDateTime removedAt = OffsetDateTime.parse(events(code).getString("items.find { it.action == "
                + "'indicator_removed' }.occurredAt"));
        Instant lastModified = HttpDates.parse(catalogue.header("Last-Modified")).orElseThrow();
        assertFalse(lastModified.isBefore(removedAt.toInstant().truncatedTo(ChronoUnit.SECONDS)),
                lastModified + " is before the removal at " + removedAt);
    }

    @Test
    void an_indicator_an_edition_froze_is_never_removed_nor_renamed() {
        String etag = api().get("/api/v1/indicators/" + SEEDED).header("ETag");
        delete(SEEDED, etag).statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:zongshu:problem:conflict"))
                .body("detail", containsString("2021-1")).body("detail", containsString("approved value"));
        patch(SEEDED, etag, Map.of("nameEn", "Renamed")).statusCode(409)
                .body("detail", containsString("2021-1"));
        api().get("/api/v1/indicators/" + SEEDED).then().statusCode(200).header("ETag", equalTo(etag));
    }

    @Test
    void unknown_and_malformed_codes_are_404_and_400() {
        patch("theory.nothing", "\"x\"", Map.of("max", 1)).statusCode(404);
        delete("theory.nothing", "\"x\"").statusCode(404);
        delete("a%20b", "\"x\"").statusCode(400).body("errors.field", equalTo(List.of("code")));
    }

    @Test
    void the_history_lists_each_change_of_the_catalogue_with_what_changed() {
        String code = newCode();
        String etag = add(entry(code)).statusCode(201).extract().header("ETag");
        etag = patch(code, etag, Map.of("max", 5000, "aggregation", "none")).statusCode(200).extract().header("ETag");
        delete(code, etag).statusCode(204);

        var history = events(code);
        assertEquals(List.of("indicator_added", "indicator_changed", "indicator_removed"),
                history.getList("items.action"));
        assertEquals(List.of("admin", "admin", "admin"), history.getList("items.actor.username"));
        assertEquals(List.of("返乡创业大学生人数 / University graduates returning to start businesses; 名, count, sum;"
                        + " bounds 0 to 100000", "aggregation sum → none; max 100000 → 5000",
                        "返乡创业大学生人数 / University graduates returning to start businesses; 名, count, none;"
                        + " bounds 0 to 5000"), history.getList("items.comment"));
        api().auth().oauth2(Tokens.reviewer()).get("/api/v1/audit?action=indicator_changed&indicator=" + code)
                .then().statusCode(200).body("items.size()", equalTo(1));
    }

    static String newCode(List<String> made) {
        String code = TestIndicators.newCode(Category.TALENT);
        made.add(code);
        return code;
    }

    private String newCode() {
        return newCode(made);
    }

    static Map<String, Object> entry(String code) {
        Map<String, Object> entry = new HashMap<>(Map.of("code", code, "nameZh", "返乡创业大学生人数",
                "nameEn", "University graduates returning to start businesses", "unit", "名", "valueType", "count",
                "aggregation", "sum", "category", "talent"));
        entry.put("max", 100000);
        return entry;
    }

    private static Map<String, Object> with(Map<String, Object> entry, String field, Object value) {
        entry.put(field, value);
        return entry;
    }

    static ValidatableResponse add(Map<String, Object> entry) {
        return api().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(entry)
                .post("/api/v1/indicators").then();
    }

    static ValidatableResponse patch(String code, String etag, Object changes) {
        return api().auth().oauth2(Tokens.admin()).contentType(MERGE_PATCH).header("If-Match", etag).body(changes)
                .patch("/api/v1/indicators/" + code).then();
    }

    static ValidatableResponse delete(String code, String etag) {
        return api().auth().oauth2(Tokens.admin()).header("If-Match", etag).delete("/api/v1/indicators/" + code)
                .then();
    }

    static io.restassured.path.json.JsonPath events(String code) {
        return api().auth().oauth2(Tokens.reviewer()).get("/api/v1/audit?limit=1000&indicator=" + code).then()
                .statusCode(200).extract().jsonPath();
    }

    private static OffsetDateTime changedAt(String code) {
        return QuarkusTransaction.requiringNew().call(() -> Indicator.findByCode(code).orElseThrow().changedAt());
    }
}
