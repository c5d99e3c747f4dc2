package io.zongshu.indicator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.vertx.http.Uncompressed;
import io.zongshu.access.CurrentCaller;
import io.zongshu.access.Roles;
import io.zongshu.common.ApiException;
import io.zongshu.common.Dated;
import io.zongshu.common.Params;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.ProblemType;
import io.zongshu.common.Representation;
import io.zongshu.common.Validators;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.List;

/**
 * The catalogue. Anyone reads it; admins add entries, change them (PATCH, a JSON merge patch of the
 * entry) and remove unused ones. A change or removal needs If-Match with the entry's ETag: an entry's
 * answers are not compressed, so that ETag stays strong (If-Match compares strongly).
 */
@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {
    /** RFC 7396: the fields to change, the others left as they are; null removes a field. */
    static final String MERGE_PATCH = "application/merge-patch+json";

    /** A catalogue entry as the API shows it. */
    public record IndicatorView(String code, String nameZh, String nameEn, String unit, ValueType valueType,
                                Aggregation aggregation, Category category, BigDecimal min, BigDecimal max) {
        public static IndicatorView of(Indicator i) {
            return new IndicatorView(i.code(), i.nameZh(), i.nameEn(), i.unit(), i.valueType(), i.aggregation(),
                    i.category(), i.minValue().stripTrailingZeros(), i.maxValue().stripTrailingZeros());
        }
    }

    /** An entry after a change, and the approved values outside its bounds, which stay as they are. */
    public record ChangeView(IndicatorView indicator, List<ApprovedValue> valuesOutsideBounds) {
    }

    @Inject
    ObjectMapper json;
    @Inject
    IndicatorService service;
    @Inject
    CurrentCaller caller;
    @Context
    Request request;
    @Context
    HttpHeaders headers;

    /**
     * The catalogue, or one category of it. Last modified at the newest change of the whole catalogue:
     * an entry that moved out of the category changes the answer too.
     */
    @GET
    public Response list(@QueryParam("category") String category) {
        Category only = category == null ? null : Params.codedEnum("category", category, Category.class);
        Dated<List<Indicator>> all = service.catalogue();
        List<IndicatorView> shown = all.value().stream().filter(i -> only == null || i.category() == only)
                .map(IndicatorView::of).toList();
        return Representation.json(json, new Dated<>(shown, all.lastModified()))
                .respond(headers, Representation.REVALIDATE);
    }

    @Uncompressed
    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code) {
        Indicator indicator = service.get(Params.code("code", code));
        return representation(indicator).modifiedAt(indicator.changedAt()).respond(headers, Representation.REVALIDATE);
    }

    @Uncompressed
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Roles.ADMIN)
    public Response add(IndicatorDefinition body) {
        if (body == null) {
            throw ApiException.invalidBody(List.of(new Violation("body",
                    "must be the new entry: {\"code\": …, \"nameZh\": …, \"nameEn\": …, \"unit\": …, …}")));
        }
        Indicator added = service.add(caller.get(), body);
        Representation written = representation(added);
        return noStore(Response.created(URI.create("/api/v1/indicators/" + added.code())), written)
                .entity(written.body()).type(written.mediaType()).build();
    }

    /**
     * Changes an entry: the body is merged into the entry as GET shows it (fields left out stay, bounds set
     * to null fall back to the value type's) and the result must be a valid entry with the same code.
     */
    @Uncompressed
    @PATCH
    @Path("/{code}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @RolesAllowed(Roles.ADMIN)
    public Response change(@PathParam("code") String code, JsonNode patch) throws JsonProcessingException {
        Indicator current = service.get(Params.code("code", code));
        int version = expectedVersion(current);
        if (!(patch instanceof ObjectNode fields)) {
            throw ApiException.invalidBody(List.of(new Violation("body",
                    "must be a JSON object of the fields to change, e.g. {\"max\": 5000}")));
        }
        // The entry is flat: merging (RFC 7396) is each field of the patch replacing the field it names.
        ObjectNode merged = json.valueToTree(IndicatorView.of(current));
        merged.setAll(fields);
        IndicatorService.Changed changed = service.change(caller.get(), current.code(), version,
                json.treeToValue(merged, IndicatorDefinition.class));
        Representation written = representation(changed.indicator());
        return noStore(Response.ok(), written)
                .entity(new ChangeView(IndicatorView.of(changed.indicator()), changed.valuesOutsideBounds())).build();
    }

    @DELETE
    @Path("/{code}")
    @RolesAllowed(Roles.ADMIN)
    public Response remove(@PathParam("code") String code) {
        Indicator current = service.get(Params.code("code", code));
        service.remove(caller.get(), current.code(), expectedVersion(current));
        return Response.noContent().build();
    }

    /**
     * The version a change is based on, from If-Match (RFC 9110, 13.1.1, compared strongly) with the ETag of
     * the entry as GET shows it: required (428 without), and current (412 otherwise).
     */
    private int expectedVersion(Indicator current) {
        Validators validators = representation(current).validators();
        String ifMatch = headers.getHeaderString(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new ApiException(ProblemType.PRECONDITION_REQUIRED, "Send If-Match with the indicator's ETag ("
                    + validators.etagHeader() + ") so that no change is lost", List.of());
        }
        if (request.evaluatePreconditions(validators.etag()) != null) {
            throw Indicator.stale();
        }
        return current.version();
    }

    private Representation representation(Indicator indicator) {
        return Representation.json(json, IndicatorView.of(indicator));
    }

    /** A write's answer: the entry's new ETag, for the next change; not to be cached. */
    private static Response.ResponseBuilder noStore(Response.ResponseBuilder builder, Representation written) {
        return builder.header(HttpHeaders.ETAG, written.validators().etagHeader())
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }
}
