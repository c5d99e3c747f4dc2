package io.zongshu.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.zongshu.access.Roles;
import io.zongshu.common.Page;
import io.zongshu.common.PageRequest;
import io.zongshu.common.Params;
import jakarta.annotation.security.RolesAllowed;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

@Path("/api/v1/audit")
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {
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
    @Transactional
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
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (submission != null) {
            where.add("submission = :submission");
            params.put("submission", Params.id("submission", submission));
        }
        if (orgUnit != null) {
            where.add("orgUnit = :orgUnit");
            params.put("orgUnit", Params.code("orgUnit", orgUnit));
        }
        if (period != null) {
            where.add("period = :period");
            params.put("period", Params.code("period", period));
        }
        if (indicator != null) {
            where.add("indicator = :indicator");
            params.put("indicator", Params.code("indicator", indicator));
        }
        if (action != null) {
            where.add("action = :action");
            params.put("action", Params.codedEnum("action", action, AuditAction.class));
        }
        if (actor != null) {
            where.add("actorUsername = :actor");
            params.put("actor", Params.code("actor", actor));
        }
        if (page.after() != null) {
            where.add("id > :after");
            params.put("after", page.after());
        }
        String query = (where.isEmpty() ? "" : String.join(" and ", where)) + " order by id";
        List<AuditEvent> rows = AuditEvent.<AuditEvent>find(query, params).page(0, page.rowsToRead()).list();
        return Page.of(rows, page, AuditEvent::id, EventView::of);
    }
}
