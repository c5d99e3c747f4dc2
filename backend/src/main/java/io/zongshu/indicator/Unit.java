package io.zongshu.indicator;

import io.zongshu.common.CodedEnum;
import java.util.Optional;

/**
 * The units the article counts in (its code is the Chinese word, as stored), with an English label for
 * exports in English. Most are measure words with no English unit of their own: the label names what is
 * counted as plainly as the catalogue allows, lower case as JSON-stat recommends for labels.
 */
public enum Unit implements CodedEnum {
    GE("个", "number"),
    MING("名", "persons"),
    JIAN("件", "cases"),
    QI("期", "sessions"),
    SUO("所", "institutions"),
    FEN("份", "documents"),
    TAO("套", "sets"),
    XIANG("项", "items"),
    TIAO("条", "items"),
    LUN("轮", "rounds"),
    JIA("家", "enterprises"),
    PERCENT("%", "%"),
    PERCENTAGE_POINT("个百分点", "percentage points"),
    SUI("岁", "years");

    private final String code;
    private final String labelEn;

    Unit(String code, String labelEn) {
        this.code = code;
        this.labelEn = labelEn;
    }

    public static Optional<Unit> fromCode(String code) {
        return CodedEnum.fromCode(Unit.class, code);
    }

    /** The label in the export's language: the stored Chinese word, or its English label. */
    public static String label(String code, boolean english) {
        if (!english) {
            return code;
        }
        return fromCode(code).map(Unit::labelEn)
                .orElseThrow(() -> new IllegalStateException("Unknown unit in the catalogue: " + code));
    }

    @Override
    public String code() {
        return code;
    }

    public String labelEn() {
        return labelEn;
    }
}
