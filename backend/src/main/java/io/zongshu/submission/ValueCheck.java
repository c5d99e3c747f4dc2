package io.zongshu.submission;

import io.zongshu.common.CodedEnum;
import io.zongshu.common.Problem.Violation;
import io.zongshu.datavalue.Figure;
import io.zongshu.datavalue.Qualifier;
import io.zongshu.indicator.Indicator;
import io.zongshu.indicator.ValueType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks one incoming value against the indicator catalogue, the same rules for the form and for bulk
 * imports, and says what is wrong field by field ({@code dataValues[3].value}).
 */
final class ValueCheck {
    static final int MAX_COMMENT = Submission.MAX_COMMENT;

    private ValueCheck() {
    }

    /** The value as it would be stored, or empty when {@code violations} got something to say about it. */
    static Optional<StoredValue> check(Map<String, Indicator> catalogue, String prefix, Integer index,
                                       String indicatorCode, BigDecimal value, String qualifierCode, String unit,
                                       String comment, List<Violation> violations) {
        int before = violations.size();
        Indicator indicator = null;
        if (indicatorCode == null || indicatorCode.isBlank()) {
            violations.add(new Violation(prefix + "indicator", index, "is required"));
        } else {
            indicator = catalogue.get(indicatorCode);
            if (indicator == null) {
                violations.add(new Violation(prefix + "indicator", index, "unknown indicator " + printable(indicatorCode)));
            }
        }
        Qualifier qualifier = qualifierCode == null ? Qualifier.EXACT
                : CodedEnum.fromCode(Qualifier.class, qualifierCode).orElse(null);
        if (qualifier == null) {
            violations.add(new Violation(prefix + "qualifier", index, "must be exact or more_than"));
        }
        if (value == null) {
            violations.add(new Violation(prefix + "value", index, "is required (a JSON number)"));
        }
        if (indicator != null) {
            if (value != null) {
                indicator.problemWith(value).ifPresent(p -> violations.add(new Violation(prefix + "value", index, p)));
            }
            if (qualifier == Qualifier.MORE_THAN && indicator.valueType() != ValueType.COUNT) {
                violations.add(new Violation(prefix + "qualifier", index,
                        "more_than (余) is for counts; " + indicator.code() + " is a " + indicator.valueType().code()));
            }
            if (unit != null && !unit.equals(indicator.unit())) {
                violations.add(new Violation(prefix + "unit", index,
                        "must be " + indicator.unit() + " for " + indicator.code() + " (or left out)"));
            }
        }
        if (comment != null) {
            if (comment.length() > MAX_COMMENT) {
                violations.add(new Violation(prefix + "comment", index, "must be at most " + MAX_COMMENT + " characters"));
            } else if (textProblem(comment) != null) {
                violations.add(new Violation(prefix + "comment", index, textProblem(comment)));
            }
        }
        if (violations.size() > before) {
            return Optional.empty();
        }
        String cleanComment = comment == null || comment.isBlank() ? null : comment;
        return Optional.of(new StoredValue(indicator.code(), new Figure(value, qualifier), cleanComment, null));
    }

    /**
     * What is wrong with free text from a client, or null: control characters other than line breaks and
     * tabs (PostgreSQL cannot even store NUL), and lone UTF-16 surrogates, which are no characters at all.
     */
    static String textProblem(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t') {
                return "must not contain control characters";
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return "must be valid Unicode text (it holds half of a surrogate pair)";
            }
        }
        return null;
    }

    /** Echo a client's string in a message without letting it run long or carry control characters. */
    static String printable(String s) {
        String shown = s.length() > 100 ? s.substring(0, 100) + "…" : s;
        return shown.codePoints().allMatch(c -> !Character.isISOControl(c)) ? shown : "(with control characters)";
    }
}
