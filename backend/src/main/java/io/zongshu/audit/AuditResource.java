package io.zongshu.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zongshu.access.Roles;
import io.zongshu.common.Page;
import io.zongshu.common.PageRequest;
import io.zongshu.common.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
    @Inject
    AuditLog audit;

    public record Actor(String subject, String username) {
    }

    public record ValueView(BigDecimal value, String qualifier) {
        static ValueView of(BigDecimal value, String qualifier) {
            return value == null ? null : new ValueView(value.stripTrailingZeros(), qualifier);
        }
    }

    /** One recorded change: who, when, what, from what to what, through which submission. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record EventView(long id, OffsetDateTime occurredAt, Actor actor, AuditAction action, Long submission,
                            String orgUnit, String period, String indicator, ValueView from, ValueView to,
                            String fromState, String toState, String comment) {
        static EventView of(AuditEvent e) {
            return new EventView(e.id(), e.occurredAt(), new Actor(e.actorSubject(), e.actorUsername()), e.action(),
                    e.submission(), e.orgUnit(), e.period(), e.indicator(),
                    ValueView.of(e.fromValue(), e.fromQualifier()), ValueView.of(e.toValue(), e.toQualifier()),
                    e.fromState(), e.toState(), e.comment());
        }
    }

    /** A page of events in the order they were recorded; pass {@code next} as {@code after} for more. */
    @GET
    @RolesAllowed({Roles.CITY_REVIEWER, Roles.ADMIN})
    public Page<EventView> list(
            @QueryParam("submission") String submission,
            @QueryParam("orgUnit") String orgUnit,
            @QueryParam("period") String period,
            @QueryParam("indicator") String indicator,
            @QueryParam("action") String action,
            @QueryParam("actor") String actor,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit) {
        PageRequest page = PageRequest.of(after, limit);
        AuditLog.Filter filter = new AuditLog.Filter(
                submission == null ? null : Params.id("submission", submission),
                orgUnit == null ? null : Params.code("orgUnit", orgUnit),
                period == null ? null : Params.code("period", period),
                indicator == null ? null : Params.code("indicator", indicator),
                action == null ? null : Params.codedEnum("action", action, AuditAction.class),
                actor == null ? null : Params.code("actor", actor));
        return Page.of(audit.events(filter, page), page, AuditEvent::id, EventView::of);
    }
}
