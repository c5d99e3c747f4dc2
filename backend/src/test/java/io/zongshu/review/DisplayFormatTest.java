package io.zongshu.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.zongshu.datavalue.Qualifier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class DisplayFormatTest {

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
