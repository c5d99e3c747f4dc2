package io.zongshu.export;

import io.zongshu.datavalue.MetricResource.Provenance;
import io.zongshu.datavalue.Qualifier;
import io.zongshu.indicator.Aggregation;
import io.zongshu.indicator.Category;
import io.zongshu.indicator.ValueType;
import io.zongshu.review.ReviewViews.ReviewDocument;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shapes of the JSON exports, for the OpenAPI description only: {@link ExportWriter} streams them
 * field by field and the contract tests check the two agree.
 */
final class ExportSchemas {
    private ExportSchemas() {
    }

    @Schema(name = "ExportIndicator")
    record ExportIndicator(String code, String nameZh, String nameEn, String unit, ValueType valueType,
                           Aggregation aggregation, Category category) {
    }

    @Schema(name = "ExportValue")
    record ExportValue(String indicator, String orgUnit, String period, BigDecimal value, String unit,
                       Qualifier qualifier, int revision, Provenance provenance) {
    }

    @Schema(name = "ExportEdition")
    record ExportEdition(String code, String contentHash) {
    }

    @Schema(name = "ExportDocument", description = "The native JSON export (format=json)")
    record ExportDocument(int schemaVersion, String filter, ExportEdition edition, List<ExportIndicator> indicators,
                          List<ExportValue> dataValues,
                          @Schema(description = "The year's review, in a whole-year export") ReviewDocument review) {
    }

    @Schema(name = "JsonStatDataset", description = "A JSON-stat 2.0 dataset (format=json-stat)")
    record JsonStatDataset(String version, @Schema(name = "class") String datasetClass, String label, String source,
                           List<String> id, List<Integer> size, Map<String, List<String>> role,
                           Map<String, Object> dimension, List<BigDecimal> value, Map<String, String> status) {
    }
}
