package io.zongshu.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class UnitTest {

    @Test
    void every_unit_of_the_article_has_an_english_label_without_chinese() {
        // The units the design brief lists for the catalogue.
        assertEquals(List.of("个", "名", "件", "期", "所", "份", "套", "项", "条", "轮", "家", "%", "个百分点", "岁"),
                Arrays.stream(Unit.values()).map(Unit::code).toList());
        Pattern han = Pattern.compile("\\p{IsHan}");
        for (Unit unit : Unit.values()) {
            assertFalse(unit.labelEn().isBlank(), unit.code());
            assertFalse(han.matcher(unit.labelEn()).find(), unit.code());
            assertEquals(unit.labelEn().toLowerCase(), unit.labelEn(), "JSON-stat labels are lower case");
        }
        assertEquals("persons", Unit.label("名", true));
        assertEquals("名", Unit.label("名", false));
        assertThrows(IllegalStateException.class, () -> Unit.label("kg", true));
    }
}
