package io.zongshu.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Exports write numbers as BigDecimal's plain text without trailing zeros did: the fast path must agree. */
class DecimalsTest {

    private static String byBigDecimal(String text) {
        return new BigDecimal(text).stripTrailingZeros().toPlainString();
    }

    @Test
    void the_text_equals_big_decimals_for_the_forms_the_database_gives_and_others() {
        for (String text : List.of("53.0000", "53.2500", "0.0000", "-0.0000", "100.0000", "-5.5000", "0.0001",
                "1234567890123456.1234", "7", "-7", "120", "0.5", "00.5000", "1E+2", "1.50E-3", "-0.0100", "10.10")) {
            assertEquals(byBigDecimal(text), Decimals.plain(text), text);
        }
        Random random = new Random(16);
        for (int i = 0; i < 100_000; i++) {
            BigDecimal value = BigDecimal.valueOf(random.nextLong() % 100_000_000_000L, 4);
            String text = value.toPlainString();
            assertEquals(byBigDecimal(text), Decimals.plain(text), text);
        }
    }
}
