package io.zongshu.datavalue;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.common.Representation;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import io.zongshu.common.Params;
import io.zongshu.indicator.Category;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

@Path("/api/v1/metrics")
@Produces(MediaType.APPLICATION_JSON)
public class MetricResource {

    /**
     * Where a value came from: the source, who supplied it, when it was recorded and, for values from a
     * county submission, which submission and who approved it.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Provenance(String source, String recordedBy, OffsetDateTime recordedAt, Long submission,
                             String approvedBy) {
    }

    /** One approved data value. */
    public record Metric(String indicator, String orgUnit, String period, BigDecimal value, String unit,
                         Qualifier qualifier, ValueState state, int revision, Provenance provenance) {
        public static Metric of(DataValue v) {
            return new Metric(v.indicator().code(), v.orgUnitCode(), v.periodCode(), v.value().stripTrailingZeros(),
                    v.indicator().unit(), v.qualifier(), v.state(), v.revision(),
                    new Provenance(v.source(), v.recordedBy(), v.recordedAt(), v.submission(),
                            v.approvedBy()));
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
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) throws JsonProcessingException {
        MetricFilter filter = new MetricFilter(
                Params.codes("period", period),
                Params.codes("orgUnit", orgUnit),
                category.stream().map(c -> Params.codedEnum("category", c, Category.class)).distinct().toList(),
                Params.codes("indicator", indicator));
        List<Metric> metrics = values.find(filter).stream().map(Metric::of).toList();
        // The ETag is the hash of the answer: an approval changes it only for queries that include the value.
        return Representation.of(json.writeValueAsBytes(metrics), MediaType.APPLICATION_JSON)
                .respond(ifNoneMatch, "no-cache");
    }
}
