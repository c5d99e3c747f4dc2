package io.zongshu.submission;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zongshu.audit.AuditAction;
import io.zongshu.audit.AuditLog.Entry;
import io.zongshu.common.ApiException;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.ProblemType;
import io.zongshu.datavalue.DataValue;
import io.zongshu.datavalue.Figure;
import io.zongshu.datavalue.Qualifier;
import io.zongshu.indicator.Aggregation;
import io.zongshu.indicator.Category;
import io.zongshu.indicator.Indicator;
import io.zongshu.indicator.IndicatorDefinition;
import io.zongshu.indicator.IndicatorUsage;
import io.zongshu.indicator.ValueType;
import io.zongshu.period.Period;
import io.zongshu.period.PeriodKind;
import io.zongshu.period.PeriodState;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The submission's rules, without a database: its states, its values and what an approval promotes. */
class SubmissionTest {
    private static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final Indicator CLASSES = new Indicator("theory.classes", "培训班", "classes", "期",
            ValueType.COUNT, Aggregation.SUM, Category.THEORY, null, null);
    private static final Indicator SAME = new Indicator("theory.same", "同", "same", "个", ValueType.COUNT,
            Aggregation.SUM, Category.THEORY, null, null);
    private static final Map<String, Indicator> CATALOGUE = Map.of("theory.classes", CLASSES, "theory.same", SAME);
    private final Period open = year(PeriodState.OPEN);
    private final Submission submission = withId(new Submission("511921", "2022", "clerk-511921", AT), 7L);

    /** The id the database gives a persisted submission. */
    private static Submission withId(Submission s, long id) {
        try {
            java.lang.reflect.Field field = Submission.class.getDeclaredField("id");
            field.setAccessible(true);
            field.set(s, id);
            return s;
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Period year(PeriodState state) {
        return new Period("2022", PeriodKind.YEAR, LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), state);
    }

    private static StoredValue value(String indicator, int number, Qualifier qualifier) {
        return new StoredValue(indicator, new Figure(BigDecimal.valueOf(number), qualifier), null, null);
    }

    private static ProblemType refusal(Runnable action) {
        return assertThrows(ApiException.class, action::run).type();
    }

    @Test
    void a_draft_takes_values_and_counts_what_changed() {
        assertEquals(new ImportCounts(2, 0, 0), submission.put(open,
                List.of(value("theory.classes", 12, Qualifier.EXACT), value("theory.meetings", 640, Qualifier.MORE_THAN)), AT));
        assertEquals(new ImportCounts(0, 1, 1), submission.put(open,
                List.of(value("theory.classes", 14, Qualifier.EXACT), value("theory.meetings", 640, Qualifier.MORE_THAN)), AT));
        assertEquals(3, submission.takeChanges().size());
        assertEquals(List.of(AuditAction.VALUE_ADDED, AuditAction.VALUE_ADDED, AuditAction.VALUE_CHANGED),
                submission.takeEvents().stream().map(Entry::action).toList());
        assertEquals(new BigDecimal("14"), submission.values().get("theory.classes").value());
    }

    @Test
    void an_indicator_comes_once_in_a_change() {
        assertEquals(ProblemType.INVALID_BODY, refusal(() -> submission.put(open,
                List.of(value("theory.classes", 1, Qualifier.EXACT), value("theory.classes", 2, Qualifier.EXACT)), AT)));
        assertTrue(submission.values().isEmpty());
    }

    @Test
    void an_empty_submission_is_not_submitted_and_a_closed_period_takes_nothing() {
        assertEquals(ProblemType.CONFLICT, refusal(() -> submission.submit(open, CATALOGUE, "clerk-511921", AT)));
        assertEquals(ProblemType.CONFLICT, refusal(() -> submission.put(year(PeriodState.CLOSED),
                List.of(value("theory.classes", 1, Qualifier.EXACT)), AT)));
        assertEquals(SubmissionState.DRAFT, submission.state());
    }

    @Test
    void a_submitted_one_is_frozen_until_returned_with_a_reason() {
        submission.put(open, List.of(value("theory.classes", 12, Qualifier.EXACT)), AT);
        submission.submit(open, CATALOGUE, "clerk-511921", AT);
        assertEquals(SubmissionState.SUBMITTED, submission.state());
        assertEquals(ProblemType.CONFLICT, refusal(() -> submission.put(open, List.of(value("theory.classes", 13,
                Qualifier.EXACT)), AT)));
        assertEquals(ProblemType.CONFLICT, refusal(() -> submission.remove(open, "theory.classes", AT)));

        assertEquals(ProblemType.INVALID_BODY, refusal(() -> submission.returnToUnit("reviewer", AT, " ", List.of())));
        assertEquals(ProblemType.INVALID_BODY, refusal(() -> submission.returnToUnit("reviewer", AT, "请核对",
                List.of(new Submission.ValueComment("theory.unknown", "?")))));
        assertEquals(SubmissionState.SUBMITTED, submission.state());

        submission.returnToUnit("reviewer", AT, "请核对", List.of(new Submission.ValueComment("theory.classes", "与台账不一致")));
        assertEquals(SubmissionState.RETURNED, submission.state());
        assertEquals("与台账不一致", submission.values().get("theory.classes").reviewComment());
        assertTrue(submission.takeReviewCommentsChanged());
        assertEquals(new ImportCounts(0, 1, 0), submission.put(open, List.of(value("theory.classes", 13,
                Qualifier.EXACT)), AT));
    }

    @Test
    void only_a_submitted_one_is_approved_and_approval_promotes_only_what_changed() {
        submission.put(open, List.of(value("theory.classes", 12, Qualifier.EXACT),
                value("theory.same", 5, Qualifier.EXACT)), AT);
        assertEquals(ProblemType.CONFLICT, refusal(() -> submission.approve(open, "reviewer", AT, null, Map.of(),
                Map.of())));
        submission.submit(open, CATALOGUE, "clerk-511921", AT);
        DataValue unchanged = DataValue.approved(SAME, "511921", "2022", new BigDecimal("5.0"), Qualifier.EXACT,
                "earlier", "someone", AT);
        Map<String, DataValue> approved = new HashMap<>(Map.of("theory.same", unchanged));
        submission.takeEvents();

        List<DataValue> created = submission.approve(open, "reviewer", AT, "同意", approved, CATALOGUE);

        assertEquals(SubmissionState.APPROVED, submission.state());
        assertEquals(1, created.size());
        assertEquals(new BigDecimal("12"), created.get(0).value());
        assertEquals("reviewer", created.get(0).approvedBy());
        assertEquals(7L, created.get(0).submission());
        assertEquals(1, unchanged.revision(), "an identical value keeps its revision and provenance");
        assertEquals(List.of(AuditAction.SUBMISSION_APPROVED, AuditAction.VALUE_APPROVED),
                submission.takeEvents().stream().map(Entry::action).toList());
        assertEquals(ProblemType.CONFLICT, refusal(() -> submission.approve(open, "reviewer", AT, null, approved,
                Map.of())));
    }

    @Test
    void a_value_the_catalogue_no_longer_admits_is_kept_but_neither_approved_nor_submitted_again() {
        Indicator classes = new Indicator("theory.classes", "培训班", "classes", "期", ValueType.COUNT, Aggregation.SUM,
                Category.THEORY, null, null);
        Map<String, Indicator> catalogue = Map.of("theory.classes", classes);
        submission.put(open, List.of(value("theory.classes", 500, Qualifier.EXACT)), AT);
        submission.submit(open, catalogue, "clerk-511921", AT);
        // An admin narrows the bounds while the submission awaits review.
        classes.change(new IndicatorDefinition("theory.classes", "培训班", "classes", "期", ValueType.COUNT,
                Aggregation.SUM, Category.THEORY, null, new BigDecimal("100")), IndicatorUsage.none(), AT);

        ApiException approval = assertThrows(ApiException.class,
                () -> submission.approve(open, "reviewer", AT, null, Map.of(), catalogue));
        assertEquals(ProblemType.CONFLICT, approval.type());
        assertEquals(List.of("values[0].value"), approval.violations().stream().map(Violation::field).toList());
        assertEquals(SubmissionState.SUBMITTED, submission.state());
        assertEquals(0, new BigDecimal("500").compareTo(submission.values().get("theory.classes").value()));

        submission.returnToUnit("reviewer", AT, "请按新的上限核对", List.of());
        assertEquals(ProblemType.CONFLICT, refusal(() -> submission.submit(open, catalogue, "clerk-511921", AT)));
        submission.put(open, List.of(value("theory.classes", 100, Qualifier.EXACT)), AT);
        submission.submit(open, catalogue, "clerk-511921", AT);
        assertEquals(SubmissionState.SUBMITTED, submission.state());
    }

    @Test
    void the_version_read_must_be_the_current_one() {
        submission.requireVersion(0);
        assertEquals(ProblemType.PRECONDITION_FAILED, refusal(() -> submission.requireVersion(1)));
        assertNull(submission.submittedBy());
    }
}
