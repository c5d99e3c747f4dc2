package io.zongshu.datavalue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.common.Page;
import io.zongshu.common.PageRequest;
import io.zongshu.common.Params;
import io.zongshu.common.Representation;
import io.zongshu.indicator.Category;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    /**
     * Where a value came from: the source, who supplied it, when it was recorded and, for values from a
     * county submission, which submission, when it was submitted and who approved it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provenance(String source, String recordedBy, OffsetDateTime recordedAt, Long submission,
                             OffsetDateTime submittedAt, String approvedBy) {
    }

    /** One approved data value. */
    public record Metric(String indicator, String orgUnit, String period, BigDecimal value, String unit,
                         Qualifier qualifier, ValueState state, int revision, Provenance provenance) {
        public static Metric of(DataValue v) {
            return new Metric(v.indicator().code(), v.orgUnitCode(), v.periodCode(), v.value().stripTrailingZeros(),
                    v.indicator().unit(), v.qualifier(), v.state(), v.revision(),
                    new Provenance(v.source(), v.recordedBy(), v.recordedAt(), v.submission(),
                            v.submittedAt(), v.approvedBy()));
        }
    }

    @Inject
    DataValueService values;
    @Inject
    ObjectMapper json;

    @GET
    public Response list(
            @QueryParam("period") List<String> period,
            @QueryParam("orgUnit") List<String> orgUnit,
            @QueryParam("category") List<String> category,
            @QueryParam("indicator") List<String> indicator,
            @QueryParam("after") String after,
            @QueryParam("limit") String limit,
            @Context HttpHeaders request) {
        MetricFilter filter = new MetricFilter(
                Params.codes("period", period),
                Params.codes("orgUnit", orgUnit),
                category.stream().map(c -> Params.codedEnum("category", c, Category.class)).distinct().toList(),
                Params.codes("indicator", indicator));
        PageRequest page = PageRequest.of(after, limit);
        List<DataValue> rows = values.find(filter, page);
        // The ETag is the hash of the page: an approval changes it only for pages that include the value.
        // Last-Modified is the newest of the rows read, the one after the page included: a value added
        // right after a last page changes its next.
        return Representation.json(json, Page.of(rows, page, DataValue::id, Metric::of))
                .modifiedAt(rows.stream().map(DataValue::recordedAt))
                .respond(request, Representation.REVALIDATE);
    }
}
