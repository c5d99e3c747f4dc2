package io.zongshu.review;

import io.zongshu.common.CodedEnum;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one figure marker of a block's source says: which indicator, of which unit and period (the
 * review's own when the marker names none), computed how, written in which format. The one syntax of the
 * dataset file, the API and the editor:
 * <pre>
 *   {{indicator}}  {{indicator|wan}}  {{indicator@511921}}  {{indicator:2021}}  {{indicator@511921:2021|wan}}
 *   {{growth(indicator, 2021)}}  {{change(indicator@511921, 2021)}}  {{sum(indicator)|wan}}
 * </pre>
 * growth and change compare the figure's period with the earlier one named after the comma; sum adds up
 * the values of the unit's children.
 */
public record FigureRef(Computation computation, String indicator, String orgUnit, String period,
                        String basePeriod, DisplayFormat format) {
    private static final String CODE = "[a-z0-9_]+(?:\\.[a-z0-9_]+)+";
    private static final String UNIT_OR_PERIOD = "[A-Za-z0-9][A-Za-z0-9-]{0,31}";
    private static final Pattern REF = Pattern.compile(
            "(" + CODE + ")(?:@(" + UNIT_OR_PERIOD + "))?(?::(" + UNIT_OR_PERIOD + "))?");
    private static final Pattern CALL = Pattern.compile("([a-z]+)\\((.*?)(?:,\\s*(.*))?\\)");
    private static final Pattern PERIOD = Pattern.compile(UNIT_OR_PERIOD);

    public FigureRef {
        Objects.requireNonNull(computation, "computation");
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(format, "format");
        if (computation.needsBasePeriod() != (basePeriod != null)) {
            throw new IllegalArgumentException(computation.code() + (basePeriod == null
                    ? " needs an earlier period" : " takes no earlier period"));
        }
    }

    /** A figure of the indicator's value, written as it is. */
    public static FigureRef value(String indicator, String orgUnit, String period, DisplayFormat format) {
        return new FigureRef(Computation.VALUE, indicator, orgUnit, period, null, format);
    }

    /**
     * Reads the inside of a marker (between {{ and }}).
     *
     * @throws IllegalArgumentException saying, in words for the author, what is wrong with it
     */
    public static FigureRef parse(String inside) {
        if (inside.isBlank()) {
            throw new IllegalArgumentException("an empty figure marker; write {{indicator}}, e.g. {{talent.recruited}}");
        }
        if (!inside.equals(inside.strip())) {
            throw new IllegalArgumentException("a figure marker has no spaces around what it names");
        }
        int bar = inside.lastIndexOf('|');
        DisplayFormat format = DisplayFormat.NUMBER;
        String expression = inside;
        if (bar >= 0) {
            String name = inside.substring(bar + 1);
            format = CodedEnum.fromCode(DisplayFormat.class, name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown format '" + name + "'; the formats are number and wan"));
            expression = inside.substring(0, bar);
        }
        Matcher call = CALL.matcher(expression);
        if (call.matches()) {
            Computation computation = Computation.VALUE;
            for (Computation c : Computation.values()) {
                if (c != Computation.VALUE && c.code().equals(call.group(1))) {
                    computation = c;
                }
            }
            if (computation == Computation.VALUE) {
                throw new IllegalArgumentException("unknown computation '" + call.group(1)
                        + "'; the computations are growth, change and sum");
            }
            String base = call.group(3);
            if (computation.needsBasePeriod() && base == null) {
                throw new IllegalArgumentException(computation.code() + " needs the earlier period to compare with, e.g. {{"
                        + computation.code() + "(" + call.group(2) + ", 2021)}}");
            }
            if (!computation.needsBasePeriod() && base != null) {
                throw new IllegalArgumentException("sum takes one indicator and no period after a comma");
            }
            if (base != null && !PERIOD.matcher(base).matches()) {
                throw new IllegalArgumentException("'" + base + "' is not a period code");
            }
            if (computation == Computation.GROWTH && format == DisplayFormat.WAN) {
                throw new IllegalArgumentException("growth is a percentage: |wan does not apply to it");
            }
            return ref(call.group(2), computation, base, format);
        }
        if (expression.contains("(") || expression.contains(")")) {
            throw new IllegalArgumentException("a computation is written name(indicator, period), e.g. growth(talent.recruited, 2021)");
        }
        return ref(expression, Computation.VALUE, null, format);
    }

    private static FigureRef ref(String text, Computation computation, String base, DisplayFormat format) {
        Matcher m = REF.matcher(text);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an indicator code (category.name, lower case),"
                    + " optionally followed by @unit and :period");
        }
        return new FigureRef(computation, m.group(1), m.group(2), m.group(3), base, format);
    }

    /** The unit the figure is about: the one it names, or the review's. */
    public String orgUnitIn(String reviewOrgUnit) {
        return orgUnit == null ? reviewOrgUnit : orgUnit;
    }

    /** The period the figure is about: the one it names, or the review's. */
    public String periodIn(String reviewPeriod) {
        return period == null ? reviewPeriod : period;
    }

    /** The same figure for another period of the review: named periods are moved by the same number of years. */
    public FigureRef movedBy(int years) {
        return new FigureRef(computation, indicator, orgUnit, shift(period, years), shift(basePeriod, years), format);
    }

    private static String shift(String period, int years) {
        if (period == null || !period.matches("[0-9]{4}")) {
            return period;
        }
        return String.valueOf(Integer.parseInt(period) + years);
    }

    /** The marker, written the one way it is written back: {{growth(talent.recruited@511921, 2021)|number}}. */
    public String markup() {
        StringBuilder ref = new StringBuilder(indicator);
        Optional.ofNullable(orgUnit).ifPresent(u -> ref.append('@').append(u));
        Optional.ofNullable(period).ifPresent(p -> ref.append(':').append(p));
        String expression = switch (computation) {
            case VALUE -> ref.toString();
            case SUM -> "sum(" + ref + ")";
            case GROWTH, CHANGE -> computation.code() + "(" + ref + ", " + basePeriod + ")";
        };
        return "{{" + expression + (format == DisplayFormat.NUMBER ? "" : "|" + format.code()) + "}}";
    }
}
