package io.zongshu.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zongshu.common.ApiException;
import io.zongshu.common.CodedEnum;
import io.zongshu.common.Params;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.ProblemType;
import io.zongshu.common.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A catalogue entry (指标): what is counted, in which unit, how it adds up and which values are sane.
 * The entry owns the rules of the catalogue: a code starts with its category; units are those of
 * {@link Unit}; bounds lie within what the value type allows. Admins add, change and remove entries;
 * the version refuses a change based on an older read (the resource checks If-Match, the version holds
 * until the write).
 */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {
    private static final int MAX_NAME_ZH = 200;
    private static final int MAX_NAME_EN = 300;
    /** Values and bounds are stored as NUMERIC(20, 4). */
    private static final int MAX_DECIMALS = 4;

    @Id
    private String code;
    @Column(name = "name_zh")
    private String nameZh;
    @Column(name = "name_en")
    private String nameEn;
    private String unit;
    @Column(name = "value_type")
    private ValueType valueType;
    private Aggregation aggregation;
    private Category category;
    @Column(name = "min_value")
    private BigDecimal minValue;
    @Column(name = "max_value")
    private BigDecimal maxValue;
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;
    @Version
    private int version;

    /** One field that a change changed, as the history tells it: "max 100000 → 5000". */
    public record Change(String field, String from, String to) {
        @Override
        public String toString() {
            return field + " " + from + " → " + to;
        }
    }

    protected Indicator() {
    }

    public Indicator(String code, String nameZh, String nameEn, String unit, ValueType valueType,
                     Aggregation aggregation, Category category, BigDecimal minValue, BigDecimal maxValue) {
        this(new IndicatorDefinition(code, nameZh, nameEn, unit, valueType, aggregation, category, minValue,
                maxValue), Timestamps.now());
    }

    /** A new entry, added at {@code at}; every rule the definition breaks is reported at once, by field. */
    public Indicator(IndicatorDefinition definition, OffsetDateTime at) {
        List<Violation> violations = problemsOf(definition);
        if (!violations.isEmpty()) {
            throw ApiException.invalidBody(violations);
        }
        this.code = definition.code();
        this.nameZh = definition.nameZh();
        this.nameEn = definition.nameEn();
        this.unit = definition.unit();
        this.valueType = definition.valueType();
        this.aggregation = definition.aggregation();
        this.category = definition.category();
        this.minValue = orDefault(definition.min(), valueType.defaultMin());
        this.maxValue = orDefault(definition.max(), valueType.defaultMax());
        this.changedAt = Objects.requireNonNull(at, "at");
    }

    /**
     * Makes the entry what {@code proposed} says, at {@code at}, and returns what changed (nothing when it is
     * the same). Code, category, unit and value type never change: the code names the entry and holds its
     * category, and its values are counted in its unit and type. An entry that an edition froze also keeps
     * the names and aggregation that the edition's exports show; only its bounds, which judge the values
     * still to come, change. Values already approved stay as they are, inside the new bounds or not.
     */
    public List<Change> change(IndicatorDefinition proposed, IndicatorUsage usage, OffsetDateTime at) {
        List<Violation> violations = new ArrayList<>();
        fixed("code", code, proposed.code(), "codes never change: add an indicator with the new code instead",
                violations);
        fixed("category", category, proposed.category(), "is part of the code " + code + " and never changes",
                violations);
        String remake = "; while nothing uses the indicator, remove it and add it anew";
        fixed("unit", unit, proposed.unit(), "never changes: the values are counted in " + unit + remake,
                violations);
        fixed("valueType", valueType, proposed.valueType(), "never changes: the values are "
                + valueType.code() + " values" + remake, violations);
        // Names and bounds are judged once code, category, unit and type are the entry's own: bounds are a type's.
        if (violations.isEmpty()) {
            violations.addAll(problemsOf(proposed));
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalidBody(violations);
        }
        List<Change> changes = new ArrayList<>();
        compare("nameZh", nameZh, proposed.nameZh(), changes);
        compare("nameEn", nameEn, proposed.nameEn(), changes);
        compare("aggregation", aggregation.code(), proposed.aggregation().code(), changes);
        if (!changes.isEmpty() && usage.inEdition()) {
            throw ApiException.conflict(code + " is part of " + usage.editionNames() + ", which shows it as"
                    + " published: its names and aggregation stay (" + changes.stream().map(Change::field)
                    .collect(Collectors.joining(", ")) + " would change); only its bounds may change");
        }
        BigDecimal min = orDefault(proposed.min(), valueType.defaultMin());
        BigDecimal max = orDefault(proposed.max(), valueType.defaultMax());
        compare("min", minValue, min, changes);
        compare("max", maxValue, max, changes);
        if (!changes.isEmpty()) {
            nameZh = proposed.nameZh();
            nameEn = proposed.nameEn();
            aggregation = proposed.aggregation();
            minValue = min;
            maxValue = max;
            changedAt = Objects.requireNonNull(at, "at");
        }
        return changes;
    }

    /** Only an entry that nothing refers to is removed: an edition, above all, keeps its indicators for good. */
    public void requireRemovable(IndicatorUsage usage) {
        if (!usage.isNone()) {
            throw ApiException.conflict(code + " cannot be removed: " + usage.describe() + " refer to it");
        }
    }

    /** The ETag the caller last read must still be this version: else someone changed the entry meanwhile. */
    public void requireVersion(int expected) {
        if (expected != version) {
            throw stale();
        }
    }

    public static ApiException stale() {
        return new ApiException(ProblemType.PRECONDITION_FAILED,
                "The indicator has changed since you read it; reload it and apply your change again", List.of());
    }

    /** The entry in one line, for the history: "新指标 / New indicator; 名, count, sum; bounds 0 to 100". */
    public String summary() {
        return nameZh + " / " + nameEn + "; " + unit + ", " + valueType.code() + ", " + aggregation.code()
                + "; bounds " + plain(minValue) + " to " + plain(maxValue);
    }

    /** Every rule of the catalogue that {@code d} breaks, by field; empty when it is a valid entry. */
    private static List<Violation> problemsOf(IndicatorDefinition d) {
        List<Violation> violations = new ArrayList<>();
        if (d.category() == null) {
            violations.add(new Violation("category", "is required: one of " + codes(Category.values())));
        }
        if (d.code() == null) {
            violations.add(new Violation("code", "is required"));
        } else if (!Params.isCode(d.code())) {
            violations.add(new Violation("code", "must be letters, digits, '.', '_' or '-', at most 100 characters"));
        } else if (d.category() != null && !(d.code().startsWith(d.category().code() + ".")
                && d.code().length() > d.category().code().length() + 1)) {
            violations.add(new Violation("code", "must start with its category and a dot, e.g. "
                    + d.category().code() + ".new_indicator"));
        }
        nameProblem(d.nameZh(), MAX_NAME_ZH).ifPresent(p -> violations.add(new Violation("nameZh", p)));
        nameProblem(d.nameEn(), MAX_NAME_EN).ifPresent(p -> violations.add(new Violation("nameEn", p)));
        // The units the article uses: a new one is a deliberate change of Unit, not of the catalogue.
        if (d.unit() == null || Unit.fromCode(d.unit()).isEmpty()) {
            violations.add(new Violation("unit", (d.unit() == null ? "is required: " : "must be ") + "one of "
                    + codes(Unit.values())));
        }
        if (d.aggregation() == null) {
            violations.add(new Violation("aggregation", "is required: one of " + codes(Aggregation.values())));
        }
        if (d.valueType() == null) {
            violations.add(new Violation("valueType", "is required: one of " + codes(ValueType.values())));
        } else {
            int before = violations.size();
            boundProblem(d.min(), d.valueType()).ifPresent(p -> violations.add(new Violation("min", p)));
            boundProblem(d.max(), d.valueType()).ifPresent(p -> violations.add(new Violation("max", p)));
            BigDecimal min = orDefault(d.min(), d.valueType().defaultMin());
            BigDecimal max = orDefault(d.max(), d.valueType().defaultMax());
            if (violations.size() == before && min.compareTo(max) > 0) {
                violations.add(new Violation("min", "must not be above max (" + plain(max) + ")"));
            }
        }
        return violations;
    }

    private static Optional<String> nameProblem(String name, int maxLength) {
        if (name == null || name.isBlank()) {
            return Optional.of("is required");
        }
        if (name.length() > maxLength) {
            return Optional.of("must be at most " + maxLength + " characters");
        }
        // A lone surrogate is half a character: no database can store it as text.
        if (name.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.SURROGATE)) {
            return Optional.of("must be one line of text, without control characters or broken Unicode");
        }
        return Optional.empty();
    }

    /** A bound narrows the value type's range; it is stored with at most 4 decimals. */
    private static Optional<String> boundProblem(BigDecimal bound, ValueType type) {
        if (bound == null) {
            return Optional.empty();
        }
        if (bound.compareTo(type.defaultMin()) < 0 || bound.compareTo(type.defaultMax()) > 0) {
            return Optional.of("must lie within what a " + type.code() + " allows, " + plain(type.defaultMin())
                    + " to " + plain(type.defaultMax()));
        }
        if (type.wholeNumber() && bound.stripTrailingZeros().scale() > 0) {
            return Optional.of("must be a whole number for a " + type.code());
        }
        if (bound.stripTrailingZeros().scale() > MAX_DECIMALS) {
            return Optional.of("must have at most " + MAX_DECIMALS + " decimal places");
        }
        return Optional.empty();
    }

    private static <T> void fixed(String field, T current, T proposed, String message, List<Violation> violations) {
        if (!Objects.equals(proposed, current)) {
            violations.add(new Violation(field, message));
        }
    }

    private static void compare(String field, String from, String to, List<Change> changes) {
        if (!from.equals(to)) {
            changes.add(new Change(field, from, to));
        }
    }

    private static void compare(String field, BigDecimal from, BigDecimal to, List<Change> changes) {
        if (from.compareTo(to) != 0) {
            changes.add(new Change(field, plain(from), plain(to)));
        }
    }

    private static BigDecimal orDefault(BigDecimal value, BigDecimal fallback) {
        return value == null ? fallback : value;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String codes(CodedEnum[] values) {
        return Arrays.stream(values).map(CodedEnum::code).collect(Collectors.joining(", "));
    }

    public static Optional<Indicator> findByCode(String code) {
        return findByIdOptional(code);
    }

    public static List<Indicator> listOrdered() {
        return list("order by code");
    }

    /** Why {@code value} does not fit this indicator, or empty when it does. */
    public Optional<String> problemWith(BigDecimal value) {
        if (value.compareTo(minValue) < 0 || value.compareTo(maxValue) > 0) {
            return Optional.of("must be between " + minValue.stripTrailingZeros().toPlainString() + " and "
                    + maxValue.stripTrailingZeros().toPlainString() + " for " + code);
        }
        int scale = value.stripTrailingZeros().scale(); // once: a bulk import asks for every value
        if (valueType.wholeNumber() && scale > 0) {
            return Optional.of("must be a whole number for " + code);
        }
        if (scale > 4) {
            return Optional.of("must have at most 4 decimal places");
        }
        return Optional.empty();
    }

    public String code() {
        return code;
    }

    public String nameZh() {
        return nameZh;
    }

    public String nameEn() {
        return nameEn;
    }

    public String unit() {
        return unit;
    }

    public ValueType valueType() {
        return valueType;
    }

    public Aggregation aggregation() {
        return aggregation;
    }

    public Category category() {
        return category;
    }

    public BigDecimal minValue() {
        return minValue;
    }

    public BigDecimal maxValue() {
        return maxValue;
    }

    /** When the entry was added or last changed. */
    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public int version() {
        return version;
    }
}
