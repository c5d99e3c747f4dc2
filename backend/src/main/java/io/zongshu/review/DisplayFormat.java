package io.zongshu.review;

import io.zongshu.common.CodedEnum;
import io.zongshu.datavalue.Qualifier;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** How a figure is written in the text; the unit follows, and 余 marks a more_than value. */
public enum DisplayFormat implements CodedEnum {
    /** The number as it is: 6300余个, 63.5%, 8.5个百分点. */
    NUMBER("number"),
    /**
     * In 万 with one decimal: 16000 more_than 名 → 1.6万余名. An exact value rounds half up (15550 → 1.6万);
     * a 余 value rounds down (16990 more_than → 1.6万余), since "more than" must stay true of the number.
     */
    WAN("wan");

    private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

    private final String code;

    DisplayFormat(String code) {
        this.code = code;
    }

    @Override
    public String code() {
        return code;
    }

    public String render(BigDecimal value, Qualifier qualifier, String unit) {
        String number = switch (this) {
            case NUMBER -> value.stripTrailingZeros().toPlainString();
            case WAN -> value.divide(TEN_THOUSAND).setScale(1, qualifier == Qualifier.MORE_THAN ? RoundingMode.DOWN
                    : RoundingMode.HALF_UP).toPlainString() + "万";
        };
        return number + (qualifier == Qualifier.MORE_THAN ? "余" : "") + unit;
    }

    @jakarta.persistence.Converter(autoApply = true)
    public static class Converter extends CodedEnum.Converter<DisplayFormat> {
        public Converter() {
            super(DisplayFormat.class);
        }
    }
}
