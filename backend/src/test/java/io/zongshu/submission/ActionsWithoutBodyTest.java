package io.zongshu.submission;

import static io.zongshu.submission.Flow.value;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import io.zongshu.access.Tokens;
import io.zongshu.common.RawHttp;
import io.zongshu.period.TestPeriods;
import io.zongshu.submission.Flow.Seen;
import jakarta.inject.Inject;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Actions whose body is optional work as the README's curl commands send them: a bare POST with
 * If-Match, no body and no Content-Type (with and without "Content-Length: 0"). The answer is the
 * action's own, so a wrong id is a 404, a stale ETag a 412 and a repeated approval a 409.
 */
@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class ActionsWithoutBodyTest {
    /** An open year of this class's own (generated test data). */
    private static final String PERIOD = "2905";
    @Inject
    TestPeriods periods;

    @BeforeEach
    void openTheYear() {
        periods.open(PERIOD);
    }

    private static final String UNIT = "511923";

    @TestHTTPResource
    URL base;

    @Test
    void a_clerk_submits_and_the_reviewer_approves_with_bare_posts() throws Exception {
        String clerk = Tokens.clerk(UNIT);
        String reviewer = Tokens.reviewer();
        Seen draft = Flow.open(clerk, UNIT, PERIOD);
        Seen filled = Seen.of(Flow.put(clerk, draft, List.of(value("theory.training_classes", 3))).statusCode(200));

        RawHttp.Answer submitted = bare(clerk, "/api/v1/submissions/" + filled.id() + "/submit", filled.etag(), false);
        assertEquals(200, submitted.status(), submitted.body());
        String etag = submitted.header("ETag");

        assertEquals(404, bare(reviewer, "/api/v1/submissions/999999/approve", etag, true).status());
        assertEquals(412, bare(reviewer, "/api/v1/submissions/" + filled.id() + "/approve", filled.etag(), true).status());
        RawHttp.Answer approved = bare(reviewer, "/api/v1/submissions/" + filled.id() + "/approve", etag, true);
        assertEquals(200, approved.status(), approved.body());
        assertEquals(409, bare(reviewer, "/api/v1/submissions/" + filled.id() + "/approve",
                approved.header("ETag"), false).status());
    }

    @Test
    void a_return_without_a_body_is_refused_for_its_missing_comment_not_its_media_type() throws Exception {
        String clerk = Tokens.clerk(UNIT);
        Seen draft = Flow.open(clerk, UNIT, PERIOD);
        Seen filled = Seen.of(Flow.put(clerk, draft, List.of(value("theory.training_classes", 4))).statusCode(200));
        Seen submitted = Seen.of(Flow.action(clerk, filled, "submit", null).statusCode(200));

        RawHttp.Answer answer = bare(Tokens.reviewer(), "/api/v1/submissions/" + submitted.id() + "/return",
                submitted.etag(), true);
        assertEquals(400, answer.status(), answer.body());
        assertEquals("application/problem+json", answer.header("Content-Type"));
        Flow.action(Tokens.reviewer(), submitted, "return", java.util.Map.of("comment", "test cleanup")).statusCode(200);
    }

    @Test
    void periods_open_and_close_and_publishing_reach_their_resource_with_bare_posts() throws Exception {
        String reviewer = Tokens.reviewer();
        assertEquals(200, bare(reviewer, "/api/v1/periods/" + PERIOD + "/open", null, true).status());
        assertEquals(404, bare(reviewer, "/api/v1/periods/1999/close", null, false).status());
        // 2021 is published and closed: closing it again changes nothing.
        assertEquals(200, bare(reviewer, "/api/v1/periods/2021/close", null, false).status());
        // Reaching the resource: no review of 1999 (not a 415 for the missing Content-Type).
        assertEquals(404, bare(reviewer, "/api/v1/reviews/1999/editions", null, true).status());
    }

    private RawHttp.Answer bare(String token, String path, String ifMatch, boolean contentLengthZero) throws Exception {
        String head = "POST " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n"
                + "Authorization: Bearer " + token
                + (ifMatch == null ? "" : "\r\nIf-Match: " + ifMatch)
                + (contentLengthZero ? "\r\nContent-Length: 0" : "");
        return RawHttp.send(base.getPort(), head, 0, false);
    }
}
