package io.zongshu.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.zongshu.common.CodedEnum;

import io.zongshu.datavalue.Qualifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {
    /** Beside the SPA's formatter, which runs the same file (tests run in backend/). */
    private static final Path VECTORS = Path.of("..", "frontend", "src", "shared", "format", "figureFormat.vectors.json");

    @Test
    void the_server_writes_every_shared_vector_as_the_spa_does() throws IOException {
        JsonNode cases = new ObjectMapper().readTree(VECTORS.toFile()).get("cases");
        assertTrue(cases.size() >= 20, "the vectors file has its cases");
        for (JsonNode c : cases) {
            DisplayFormat format = CodedEnum.fromCode(DisplayFormat.class, c.get("format").asText()).orElseThrow();
            Qualifier qualifier = CodedEnum.fromCode(Qualifier.class, c.get("qualifier").asText()).orElseThrow();
            assertEquals(c.get("text").asText(), format.render(new BigDecimal(c.get("value").asText()), qualifier,
                    c.get("unit").asText()), c.toString());
        }
    }

    @Test
    void a_yu_figure_in_wan_rounds_down_so_that_more_than_stays_true() {
        assertEquals("1.6万余名", DisplayFormat.WAN.render(new BigDecimal("16990"), Qualifier.MORE_THAN, "名"));
        assertEquals("1.7万名", DisplayFormat.WAN.render(new BigDecimal("16990"), Qualifier.EXACT, "名"));
        assertEquals("1.6万名", DisplayFormat.WAN.render(new BigDecimal("15500"), Qualifier.EXACT, "名"));
        assertEquals("1.5万名", DisplayFormat.WAN.render(new BigDecimal("15499"), Qualifier.EXACT, "名"));
    }

    @Test
    void number_keeps_the_digits_as_written_and_adds_yu_for_more_than() {
        assertEquals("6300余个", DisplayFormat.NUMBER.render(new BigDecimal("6300.0000"), Qualifier.MORE_THAN, "个"));
        assertEquals("63.5%", DisplayFormat.NUMBER.render(new BigDecimal("63.5000"), Qualifier.EXACT, "%"));
        assertEquals("45.93%", DisplayFormat.NUMBER.render(new BigDecimal("45.93"), Qualifier.EXACT, "%"));
        assertEquals("8.5个百分点", DisplayFormat.NUMBER.render(new BigDecimal("8.5"), Qualifier.EXACT, "个百分点"));
        assertEquals("20%", DisplayFormat.NUMBER.render(new BigDecimal("20.0000"), Qualifier.EXACT, "%"));
        assertEquals("-3岁", DisplayFormat.NUMBER.render(new BigDecimal("-3"), Qualifier.EXACT, "岁"));
    }

    @Test
    void wan_writes_ten_thousands_with_one_decimal() {
        assertEquals("1.6万余名", DisplayFormat.WAN.render(new BigDecimal("16000"), Qualifier.MORE_THAN, "名"));
        assertEquals("1.0万名", DisplayFormat.WAN.render(new BigDecimal("10000"), Qualifier.EXACT, "名"));
        assertEquals("12.3万个", DisplayFormat.WAN.render(new BigDecimal("123456"), Qualifier.EXACT, "个"));
    }
}
