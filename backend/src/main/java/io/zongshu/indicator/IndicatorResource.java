package io.zongshu.indicator;

import io.zongshu.common.ApiException;
import io.zongshu.common.Params;
import io.zongshu.common.Problem;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/indicators")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "indicators")
public class IndicatorResource {

    /** A catalogue entry as the API shows it. */
    @Schema(name = "Indicator")
    public record IndicatorView(String code, String nameZh, String nameEn, String unit, ValueType valueType,
                                Aggregation aggregation, Category category, BigDecimal min, BigDecimal max) {
        public static IndicatorView of(Indicator i) {
            return new IndicatorView(i.code(), i.nameZh(), i.nameEn(), i.unit(), i.valueType(), i.aggregation(),
                    i.category(), i.minValue().stripTrailingZeros(), i.maxValue().stripTrailingZeros());
        }
    }

    @GET
    @Operation(operationId = "listIndicators", summary = "The indicator catalogue, ordered by code")
    @APIResponse(responseCode = "200", description = "The catalogue")
    @APIResponse(responseCode = "400", description = "A parameter is invalid",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<IndicatorView> list(
            @Parameter(description = "Only this category") @QueryParam("category") String category) {
        Category only = category == null ? null : Params.codedEnum("category", category, Category.class);
        return Indicator.listOrdered().stream()
                .filter(i -> only == null || i.category() == only)
                .map(IndicatorView::of).toList();
    }

    @GET
    @Path("/{code}")
    @Operation(operationId = "getIndicator", summary = "One catalogue entry")
    @APIResponse(responseCode = "200", description = "The indicator")
    @APIResponse(responseCode = "400", description = "The code is malformed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "No indicator has this code",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public IndicatorView get(@PathParam("code") String code) {
        return Indicator.findByCode(Params.code("code", code)).map(IndicatorView::of)
                .orElseThrow(() -> ApiException.notFound("No indicator with code " + code));
    }
}
