package io.zongshu.access;

import static io.zongshu.common.Api.api;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;
import org.junit.jupiter.api.Test;

@QuarkusTest
@QuarkusTestResource(OidcWiremockTestResource.class)
class MeResourceTest {

    @Test
    void a_clerk_token_names_the_clerk_its_role_and_its_unit() {
        api().auth().oauth2(Tokens.clerk("511921")).get("/api/v1/me").then().statusCode(200)
                .body("username", equalTo("clerk-511921")).body("subject", equalTo("sub-clerk-511921"))
                .body("roles", contains("county-clerk")).body("orgUnit", equalTo("511921"));
        api().auth().oauth2(Tokens.reviewer()).get("/api/v1/me").then().statusCode(200)
                .body("roles", contains("city-reviewer"));
    }

    @Test
    void no_token_a_forged_one_an_expired_one_or_one_for_another_audience_or_issuer_is_401() {
        // The same claims, correctly signed, pass: what fails below is each one's own fault.
        api().auth().oauth2(Tokens.fromIssuer(Tokens.ISSUER)).get("/api/v1/me").then().statusCode(200);
        api().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", equalTo("Bearer"));
        String token = Tokens.clerk("511902");
        String forged = token.substring(0, token.lastIndexOf('.') + 1) + "c2lnbmF0dXJl";
        for (String bad : new String[] {forged, Tokens.expired(), Tokens.forAudience("account"), "not-a-jwt",
                Tokens.fromIssuer("https://elsewhere.example"), Tokens.expiredSecondsAgo(5), Tokens.hmacSigned(),
                Tokens.unsigned()}) {
            api().auth().oauth2(bad).get("/api/v1/me").then().statusCode(401)
                    .contentType("application/problem+json");
        }
    }

    @Test
    void a_stale_token_does_not_block_a_public_read() {
        api().auth().oauth2(Tokens.expired()).get("/api/v1/org-units").then().statusCode(200);
    }
}
