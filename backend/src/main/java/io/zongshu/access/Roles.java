package io.zongshu.access;

/** The realm roles of design.md; tokens carry them in realm_access.roles. */
public final class Roles {
    public static final String COUNTY_CLERK = "county-clerk";
    public static final String CITY_REVIEWER = "city-reviewer";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
