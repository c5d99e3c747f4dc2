package io.zongshu.datavalue;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import io.zongshu.indicator.Indicator;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Objects;
import java.util.Optional;
import org.hibernate.annotations.Formula;

/** One figure: an indicator's value for an org unit and a period, with its qualifier and provenance. */
@Entity
@Table(name = "data_value")
public class DataValue extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "data_value_seq")
    @SequenceGenerator(name = "data_value_seq", sequenceName = "data_value_seq", allocationSize = 50)
    private Long id;
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "indicator_code")
    private Indicator indicator;
    @Column(name = "org_unit_code")
    private String orgUnitCode;
    @Column(name = "period_code")
    private String periodCode;
    @Column(name = "numeric_value")
    private BigDecimal value;
    private Qualifier qualifier;
    private ValueState state;
    private String source;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private OffsetDateTime recordedAt;
    private int revision;
    @Column(name = "submission_id")
    private Long submission;
    @Column(name = "approved_by")
    private String approvedBy;
    /** When the unit submitted it: the submission's own time, read from it rather than copied (read-only). */
    @Formula("(select s.submitted_at from submission s where s.id = submission_id)")
    private OffsetDateTime submittedAt;

    protected DataValue() {
    }

    /** A value approved from a county's submission: its first revision. */
    public static DataValue fromSubmission(Indicator indicator, String orgUnitCode, String periodCode, BigDecimal value,
                                           Qualifier qualifier, long submission, String submittedBy,
                                           String approvedBy, OffsetDateTime at) {
        DataValue v = approved(indicator, orgUnitCode, periodCode, value, qualifier, sourceOf(submission),
                submittedBy, at);
        v.submission = submission;
        v.approvedBy = Objects.requireNonNull(approvedBy, "approvedBy");
        return v;
    }

    /** A new revision from an approved submission; the previous one lives on in the history. */
    public void revise(BigDecimal newValue, Qualifier newQualifier, long fromSubmission, String submittedBy,
                       String approver, OffsetDateTime at) {
        indicator.problemWith(newValue).ifPresent(problem -> {
            throw new IllegalArgumentException("Value " + newValue.toPlainString() + " " + problem);
        });
        value = newValue;
        qualifier = Objects.requireNonNull(newQualifier, "newQualifier");
        source = sourceOf(fromSubmission);
        submission = fromSubmission;
        recordedBy = Objects.requireNonNull(submittedBy, "submittedBy");
        approvedBy = Objects.requireNonNull(approver, "approver");
        recordedAt = at;
        revision++;
    }

    private static String sourceOf(long submission) {
        return "submission " + submission;
    }

    /** Approved values of one unit and period, by indicator code. */
    public static java.util.Map<String, DataValue> forUnitAndPeriod(String orgUnitCode, String periodCode) {
        return DataValue.<DataValue>list("select v from DataValue v join fetch v.indicator"
                        + " where v.orgUnitCode = ?1 and v.periodCode = ?2", orgUnitCode, periodCode)
                .stream().collect(java.util.stream.Collectors.toMap(v -> v.indicator.code(), v -> v));
    }

    /** A value that is approved from the start, such as a figure of a published document. */
    public static DataValue approved(Indicator indicator, String orgUnitCode, String periodCode, BigDecimal value,
                                     Qualifier qualifier, String source, String recordedBy, OffsetDateTime at) {
        DataValue v = new DataValue();
        v.indicator = Objects.requireNonNull(indicator, "indicator");
        v.orgUnitCode = Objects.requireNonNull(orgUnitCode, "orgUnitCode");
        v.periodCode = Objects.requireNonNull(periodCode, "periodCode");
        v.value = Objects.requireNonNull(value, "value");
        indicator.problemWith(value).ifPresent(problem -> {
            throw new IllegalArgumentException("Value " + value.toPlainString() + " " + problem);
        });
        v.qualifier = Objects.requireNonNull(qualifier, "qualifier");
        v.state = ValueState.APPROVED;
        v.source = Objects.requireNonNull(source, "source");
        v.recordedBy = Objects.requireNonNull(recordedBy, "recordedBy");
        v.recordedAt = Objects.requireNonNull(at, "at");
        v.revision = 1;
        return v;
    }

    public static Optional<DataValue> find(String indicatorCode, String orgUnitCode, String periodCode) {
        return find("indicator.code = ?1 and orgUnitCode = ?2 and periodCode = ?3",
                indicatorCode, orgUnitCode, periodCode).firstResultOptional();
    }

    public Long id() {
        return id;
    }

    public Indicator indicator() {
        return indicator;
    }

    public String orgUnitCode() {
        return orgUnitCode;
    }

    public String periodCode() {
        return periodCode;
    }

    public BigDecimal value() {
        return value;
    }

    public Figure figure() {
        return new Figure(value, qualifier);
    }

    public Qualifier qualifier() {
        return qualifier;
    }

    public ValueState state() {
        return state;
    }

    public String source() {
        return source;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public int revision() {
        return revision;
    }

    /** The submission this value was approved from; null for values of a loaded document. */
    public Long submission() {
        return submission;
    }

    public String approvedBy() {
        return approvedBy;
    }

    /** When its submission was submitted; null for values of a loaded document (and until reloaded after approval). */
    public OffsetDateTime submittedAt() {
        return submittedAt;
    }
}
