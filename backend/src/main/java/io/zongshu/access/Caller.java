package io.zongshu.access;

import io.quarkus.security.identity.SecurityIdentity;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, from a validated token: subject, username, roles and, for clerks and county service
 * clients, the org unit they act for (the org_unit claim).
 */
public record Caller(String subject, String username, Set<String> roles, String orgUnit) {
    static final String ORG_UNIT_CLAIM = "org_unit";

    static Caller of(SecurityIdentity identity, JsonWebToken token) {
        String username = Optional.<String>ofNullable(token.getClaim("preferred_username")).orElse(token.getName());
        return new Caller(token.getSubject(), username, new TreeSet<>(identity.getRoles()),
                token.getClaim(ORG_UNIT_CLAIM));
    }
}
