package io.zongshu.indicator;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Representation;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
public class IndicatorResource {

    /** A catalogue entry as the API shows it. */
    public record IndicatorView(String code, String nameZh, String nameEn, String unit, ValueType valueType,
                                Aggregation aggregation, Category category, BigDecimal min, BigDecimal max) {
        public static IndicatorView of(Indicator i) {
            return new IndicatorView(i.code(), i.nameZh(), i.nameEn(), i.unit(), i.valueType(), i.aggregation(),
                    i.category(), i.minValue().stripTrailingZeros(), i.maxValue().stripTrailingZeros());
        }
    }

    @Inject
    ObjectMapper json;

    /**
     * The catalogue, or one category of it. Last modified at the newest change of the whole catalogue:
     * an entry that moved out of the category changes the answer too.
     */
    @GET
    public Response list(@QueryParam("category") String category, @Context HttpHeaders request) {
        Category only = category == null ? null : Params.codedEnum("category", category, Category.class);
        List<Indicator> all = Indicator.listOrdered();
        return Representation.json(json, all.stream().filter(i -> only == null || i.category() == only)
                        .map(IndicatorView::of).toList())
                .modifiedAt(all.stream().map(Indicator::changedAt)).respond(request, Representation.REVALIDATE);
    }

    @GET
    @Path("/{code}")
    public Response get(@PathParam("code") String code, @Context HttpHeaders request) {
        Indicator indicator = Indicator.findByCode(Params.code("code", code))
                .orElseThrow(() -> ApiException.notFound("No indicator with code " + code));
        return Representation.json(json, IndicatorView.of(indicator)).modifiedAt(indicator.changedAt())
                .respond(request, Representation.REVALIDATE);
    }
}
