package io.zongshu.indicator;

import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
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

    @GET
    public List<IndicatorView> list(
            @QueryParam("category") String category) {
        Category only = category == null ? null : Params.codedEnum("category", category, Category.class);
        return Indicator.listOrdered().stream()
                .filter(i -> only == null || i.category() == only)
                .map(IndicatorView::of).toList();
    }

    @GET
    @Path("/{code}")
    public IndicatorView get(@PathParam("code") String code) {
        return Indicator.findByCode(Params.code("code", code)).map(IndicatorView::of)
                .orElseThrow(() -> ApiException.notFound("No indicator with code " + code));
    }
}
