package io.zongshu.common;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.type.LogicalType;
import io.quarkus.jackson.ObjectMapperCustomizer;
import jakarta.inject.Singleton;

@Singleton
public class JacksonConfig implements ObjectMapperCustomizer {
    @Override
    public void customize(ObjectMapper mapper) {
        // Values are BigDecimals: write 40, not 4E+1.
        mapper.enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
        // Read 1e400 as a number too large rather than as Infinity, and 0.1 exactly.
        mapper.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
        // A number is a JSON number: "12" or "NaN" in a number field is a mistake to report.
        mapper.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        mapper.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.String, CoercionAction.Fail);
        // Likewise a text field given a number or true: {"period": 2022} is a mistake, not "2022".
        for (CoercionInputShape scalar : new CoercionInputShape[] {CoercionInputShape.Integer, CoercionInputShape.Float,
                CoercionInputShape.Boolean}) {
            mapper.coercionConfigFor(LogicalType.Textual).setCoercion(scalar, CoercionAction.Fail);
        }
        // {"value": 6, "value": 7} is ambiguous: refuse it rather than keep the last.
        mapper.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        // One JSON document per body: {…}{…} is not read as its first half.
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }
}
