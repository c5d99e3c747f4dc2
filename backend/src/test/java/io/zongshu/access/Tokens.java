package io.zongshu.access;

import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Test tokens shaped like the zongshu realm's, signed with the key of the WireMock OIDC server. */
public final class Tokens {
    public static final String ISSUER = "https://server.example.com";

    private Tokens() {
    }

    public static String clerk(String orgUnit) {
        return token("clerk-" + orgUnit.toLowerCase(), Set.of(Roles.COUNTY_CLERK), orgUnit, "zongshu-api");
    }

    public static String reviewer() {
        return token("reviewer", Set.of(Roles.CITY_REVIEWER), "511900", "zongshu-api");
    }

    public static String admin() {
        return token("admin", Set.of(Roles.ADMIN), "511900", "zongshu-api");
    }

    public static String forAudience(String audience) {
        return token("clerk-511902", Set.of(Roles.COUNTY_CLERK), "511902", audience);
    }

    /** Signed with the right key, but by someone else: the issuer is not the realm. */
    public static String fromIssuer(String issuer) {
        return Jwt.preferredUserName("clerk-511902").subject("sub-clerk-511902").issuer(issuer).audience("zongshu-api")
                .claim("realm_access", Map.of("roles", List.of(Roles.COUNTY_CLERK))).claim(Caller.ORG_UNIT_CLAIM, "511902")
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** Expired a few seconds ago: no grace period lets it through. */
    public static String expiredSecondsAgo(long seconds) {
        return Jwt.preferredUserName("clerk-511902").subject("sub-clerk-511902").issuer(ISSUER).audience("zongshu-api")
                .claim("realm_access", Map.of("roles", List.of(Roles.COUNTY_CLERK))).claim(Caller.ORG_UNIT_CLAIM, "511902")
                .issuedAt(Instant.now().minusSeconds(300)).expiresAt(Instant.now().minusSeconds(seconds))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    /** Signed with HMAC and a guessable secret instead of the realm's RSA key. */
    public static String hmacSigned() {
        return Jwt.preferredUserName("clerk-511902").subject("sub-clerk-511902").issuer(ISSUER).audience("zongshu-api")
                .claim("realm_access", Map.of("roles", List.of(Roles.ADMIN))).claim(Caller.ORG_UNIT_CLAIM, "511900")
                .signWithSecret("a-secret-anyone-could-guess-0123456789abcdef");
    }

    /** The claims of a valid token, with "alg": "none" and no signature. */
    public static String unsigned() {
        String valid = clerk("511902");
        String header = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        return header + "." + valid.split("\\.")[1] + ".";
    }

    public static String expired() {
        return Jwt.preferredUserName("clerk-511902").subject("sub-clerk-511902").issuer(ISSUER).audience("zongshu-api")
                .claim("realm_access", Map.of("roles", List.of(Roles.COUNTY_CLERK)))
                .issuedAt(Instant.now().minusSeconds(3600)).expiresAt(Instant.now().minusSeconds(1800))
                .jws().keyId("1").sign("privateKey.jwk");
    }

    static String token(String username, Set<String> roles, String orgUnit, String audience) {
        return Jwt.preferredUserName(username).subject("sub-" + username).issuer(ISSUER).audience(audience)
                .claim("realm_access", Map.of("roles", List.copyOf(roles)))
                .claim(Caller.ORG_UNIT_CLAIM, orgUnit)
                .jws().keyId("1").sign("privateKey.jwk");
    }
}
