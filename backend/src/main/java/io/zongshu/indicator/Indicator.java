package io.zongshu.indicator;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zongshu.common.Timestamps;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A catalogue entry (指标): what is counted, in which unit, how it adds up and which values are sane. */
@Entity
@Table(name = "indicator")
public class Indicator extends PanacheEntityBase {
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

    protected Indicator() {
    }

    public Indicator(String code, String nameZh, String nameEn, String unit, ValueType valueType,
                     Aggregation aggregation, Category category, BigDecimal minValue, BigDecimal maxValue) {
        this.code = Objects.requireNonNull(code, "code");
        if (!code.startsWith(Objects.requireNonNull(category, "category").code() + ".")) {
            throw new IllegalArgumentException("Indicator code " + code + " must start with its category");
        }
        // Units the article uses (Unit); a new unit is a deliberate catalogue change.
        if (Unit.fromCode(unit).isEmpty()) {
            throw new IllegalArgumentException("Indicator " + code + " has an unknown unit: " + unit);
        }
        this.nameZh = Objects.requireNonNull(nameZh, "nameZh");
        this.nameEn = Objects.requireNonNull(nameEn, "nameEn");
        this.unit = unit;
        this.valueType = Objects.requireNonNull(valueType, "valueType");
        this.aggregation = Objects.requireNonNull(aggregation, "aggregation");
        this.category = category;
        this.minValue = minValue == null ? valueType.defaultMin() : minValue;
        this.maxValue = maxValue == null ? valueType.defaultMax() : maxValue;
        if (this.minValue.compareTo(this.maxValue) > 0) {
            throw new IllegalArgumentException("Indicator " + code + " has min above max");
        }
        this.changedAt = Timestamps.now();
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
        if (valueType.wholeNumber() && value.stripTrailingZeros().scale() > 0) {
            return Optional.of("must be a whole number for " + code);
        }
        if (value.stripTrailingZeros().scale() > 4) {
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

    /** When the entry was last changed (added, so far: catalogue entries are not edited or removed). */
    public OffsetDateTime changedAt() {
        return changedAt;
    }
}
