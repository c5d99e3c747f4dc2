package io.zongshu.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.common.CodedEnum;
import io.zongshu.common.Problem.Violation;
import io.zongshu.indicator.Aggregation;
import io.zongshu.indicator.Category;
import io.zongshu.indicator.Indicator;
import io.zongshu.indicator.ValueType;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shared vectors of one value's rules (frontend/…/valueRules.vectors.json): the SPA's form runs the same file, so
 * the clerk is told at once exactly what the server would refuse.
 */
class ValueRulesVectorsTest {
    /** Beside the SPA's rules, which run the same file (tests run in backend/). */
    private static final Path VECTORS = Path.of("..", "frontend", "src", "features", "submissions",
            "valueRules.vectors.json");

    @Test
    void the_server_refuses_exactly_the_fields_each_vector_names() throws IOException {
        JsonNode vectors = new ObjectMapper().readTree(VECTORS.toFile());
        Map<String, Indicator> catalogue = new HashMap<>();
        vectors.get("indicators").fields().forEachRemaining(e -> {
            String code = e.getKey();
            JsonNode i = e.getValue();
            catalogue.put(code, new Indicator(code, code, code, i.get("unit").asText(),
                    CodedEnum.fromCode(ValueType.class, i.get("valueType").asText()).orElseThrow(), Aggregation.NONE,
                    CodedEnum.fromCode(Category.class, code.substring(0, code.indexOf('.'))).orElseThrow(),
                    new BigDecimal(i.get("min").asText()), new BigDecimal(i.get("max").asText())));
        });
        int checked = 0;
        for (JsonNode c : vectors.get("cases")) {
            if (!c.path("number").asBoolean(true)) {
                continue; // not a JSON number: refused by the JSON reader before these rules (BadInputTest)
            }
            String comment = c.has("commentOfLength") ? "字".repeat(c.get("commentOfLength").asInt())
                    : c.path("comment").asText(null);
            List<Violation> violations = new ArrayList<>();
            ValueCheck.check(catalogue, "", 0, c.get("indicator").asText(), new BigDecimal(c.get("value").asText()),
                    c.path("qualifier").asText(null), null, comment, violations);
            List<String> expected = new ArrayList<>();
            c.get("refused").forEach(f -> expected.add(f.asText()));
            assertEquals(expected, violations.stream().map(Violation::field).toList(), c.toString());
            checked++;
        }
        assertTrue(checked >= 15, "vectors checked: " + checked);
    }
}
