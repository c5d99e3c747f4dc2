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
