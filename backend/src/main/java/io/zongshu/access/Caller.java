package io.zongshu.access;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.quarkus.security.ForbiddenException;
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

    /** City staff (reviewers and admins) see every unit's submissions; clerks only their own. */
    @JsonIgnore
    public boolean isCityStaff() {
        return roles.contains(Roles.CITY_REVIEWER) || roles.contains(Roles.ADMIN);
    }

    public boolean isClerkOf(String unit) {
        return roles.contains(Roles.COUNTY_CLERK) && orgUnit != null && orgUnit.equals(unit);
    }

    /** Only a clerk of {@code unit} writes that unit's figures, whatever the path or body says. */
    public void requireClerkOf(String unit) {
        if (!isClerkOf(unit)) {
            throw new ForbiddenException("Only a county clerk of " + unit + " may write its figures");
        }
    }

    /** A unit's drafts and submissions are for that unit's clerks and for city staff. */
    public void requireMayRead(String unit) {
        if (!isCityStaff() && !isClerkOf(unit)) {
            throw new ForbiddenException("Submissions of " + unit + " are not yours to read");
        }
    }

    static Caller of(SecurityIdentity identity, JsonWebToken token) {
        String username = Optional.<String>ofNullable(token.getClaim("preferred_username")).orElse(token.getName());
        return new Caller(token.getSubject(), username, new TreeSet<>(identity.getRoles()),
                token.getClaim(ORG_UNIT_CLAIM));
    }
}
