package io.zongshu.export;

import java.math.BigDecimal;

/** Decimal text as the database gives it (53.2500), written as exports show numbers (53.25). */
final class Decimals {
    private Decimals() {
    }

    /**
     * The same text as {@code new BigDecimal(text).stripTrailingZeros().toPlainString()}, without making the
     * BigDecimal for the usual form (digits, a point, digits); anything else goes through BigDecimal.
     */
    static String plain(String text) {
        int point = text.indexOf('.');
        if (point < 0 || !simple(text)) {
            return new BigDecimal(text).stripTrailingZeros().toPlainString();
        }
        int end = text.length();
        while (end > point + 1 && text.charAt(end - 1) == '0') {
            end--;
        }
        if (end == point + 1) {
            end = point; // nothing left after the point: a whole number
        }
        String plain = end == text.length() ? text : text.substring(0, end);
        return isNegativeZero(plain) ? "0" : plain;
    }

    /** An optional minus, digits with no leading zero (but a lone one), one point, digits. */
    private static boolean simple(String text) {
        int start = text.startsWith("-") ? 1 : 0;
        int point = text.indexOf('.');
        if (point == start || point == text.length() - 1 || (text.charAt(start) == '0' && point != start + 1)) {
            return false;
        }
        for (int i = start; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (i != point && (ch < '0' || ch > '9')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNegativeZero(String text) {
        if (!text.startsWith("-")) {
            return false;
        }
        for (int i = 1; i < text.length(); i++) {
            if (text.charAt(i) != '0' && text.charAt(i) != '.') {
                return false;
            }
        }
        return true;
    }
}
