package io.zongshu.submission;

import static io.zongshu.common.Api.api;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;

/** The calls of the submission workflow, as a clerk or reviewer makes them, for scenario tests. */
public final class Flow {
    private Flow() {
    }

    /** A submission as last read: its id and the ETag to send back. */
    public record Seen(long id, String etag) {
        public static Seen of(ValidatableResponse response) {
            return new Seen(response.extract().jsonPath().getLong("id"), response.extract().header("ETag"));
        }
    }

    public static Map<String, Object> value(String indicator, Object value) {
        return Map.of("indicator", indicator, "value", value);
    }

    public static Seen open(String token, String orgUnit, String period) {
        return Seen.of(api().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("orgUnit", orgUnit, "period", period))
                .post("/api/v1/submissions").then().statusCode(201));
    }

    public static ValidatableResponse put(String token, Seen s, List<Map<String, Object>> values) {
        return api().auth().oauth2(token).contentType(ContentType.JSON).header("If-Match", s.etag())
                .body(Map.of("dataValues", values))
                .put("/api/v1/submissions/" + s.id() + "/values").then();
    }

    public static ValidatableResponse get(String token, long id) {
        return api().auth().oauth2(token).get("/api/v1/submissions/" + id).then();
    }

    public static ValidatableResponse action(String token, Seen s, String action, Object body) {
        var request = api().auth().oauth2(token).header("If-Match", s.etag());
        if (body != null) {
            request = request.contentType(ContentType.JSON).body(body);
        }
        return request.post("/api/v1/submissions/" + s.id() + "/" + action).then();
    }

    public static ValidatableResponse importSet(String token, String query, List<Map<String, Object>> values) {
        return api().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("dataValues", values))
                .post("/api/v1/data-value-sets" + query).then();
    }

    /**
     * Makes {@code values} approved for the unit and period, whatever state its open submission is in:
     * a submitted one is returned first, then the clerk fills and submits it, and the reviewer approves.
     */
    public static void approveInto(String orgUnit, String period, List<Map<String, Object>> values) {
        String clerk = io.zongshu.access.Tokens.clerk(orgUnit);
        String reviewer = io.zongshu.access.Tokens.reviewer();
        List<Map<String, Object>> open = api().auth().oauth2(reviewer)
                .get("/api/v1/submissions?orgUnit=" + orgUnit + "&period=" + period).then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.state != 'approved' }");
        Seen seen;
        if (open.isEmpty()) {
            seen = open(clerk, orgUnit, period);
        } else {
            seen = Seen.of(get(clerk, ((Number) open.get(0).get("id")).longValue()).statusCode(200));
            if (open.get(0).get("state").equals("submitted")) {
                seen = Seen.of(action(reviewer, seen, "return", Map.of("comment", "reopened by a test")).statusCode(200));
            }
        }
        seen = Seen.of(put(clerk, seen, values).statusCode(200));
        seen = Seen.of(action(clerk, seen, "submit", null).statusCode(200));
        action(reviewer, seen, "approve", Map.of()).statusCode(200);
    }

    public static Map<String, Object> entry(String indicator, String orgUnit, String period, Object value) {
        return Map.of("indicator", indicator, "orgUnit", orgUnit, "period", period, "value", value);
    }
}
