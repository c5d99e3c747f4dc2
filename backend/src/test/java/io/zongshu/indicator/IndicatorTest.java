package io.zongshu.indicator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.zongshu.common.ApiException;
import io.zongshu.common.Problem.Violation;
import io.zongshu.common.ProblemType;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The catalogue's rules, without a database: what an entry may be, how it changes, when it goes. */
class IndicatorTest {
    private static final OffsetDateTime ADDED = OffsetDateTime.of(2026, 12, 1, 8, 0, 0, 0, ZoneOffset.UTC);
    private static final OffsetDateTime LATER = ADDED.plusDays(1);
    private static final IndicatorDefinition GRADUATES = new IndicatorDefinition("talent.returning_graduates",
            "返乡创业大学生人数", "Graduates returning to start businesses", "名", ValueType.COUNT, Aggregation.SUM,
            Category.TALENT, null, null);
    private static final IndicatorUsage IN_EDITION = new IndicatorUsage(8, List.of("2021-1"), List.of(), 1);

    private final Indicator count = new Indicator("theory.x", "x", "x", "个", ValueType.COUNT, Aggregation.SUM,
            Category.THEORY, null, null);
    private final Indicator share = new Indicator("cadre.y", "y", "y", "%", ValueType.PERCENT, Aggregation.NONE,
            Category.CADRE, null, null);

    @Test
    void bounds_default_to_the_value_type() {
        assertEquals(Optional.empty(), count.problemWith(new BigDecimal("6300")));
        assertTrue(count.problemWith(new BigDecimal("-1")).isPresent());
        assertTrue(count.problemWith(new BigDecimal("1.5")).orElseThrow().contains("whole number"));
        assertEquals(Optional.empty(), share.problemWith(new BigDecimal("45.93")));
        assertTrue(share.problemWith(new BigDecimal("100.01")).isPresent());
    }

    @Test
    void a_new_entry_takes_its_definition_and_the_time_it_was_added() {
        Indicator added = new Indicator(GRADUATES, ADDED);
        assertEquals("talent.returning_graduates", added.code());
        assertEquals(0, added.minValue().compareTo(BigDecimal.ZERO));
        assertEquals(0, added.maxValue().compareTo(new BigDecimal("100000000")));
        assertEquals(ADDED, added.changedAt());
        assertEquals("返乡创业大学生人数 / Graduates returning to start businesses; 名, count, sum; bounds 0 to 100000000",
                added.summary());
    }

    @Test
    void the_catalogue_refuses_inconsistent_entries_naming_each_field() {
        assertEquals(List.of("unit"), refusedFields(with("talent.z", "名", "kg", null, null)));
        assertEquals(List.of("code"), refusedFields(with("cadre.z", "名", "名", null, null, Category.TALENT)));
        assertEquals(List.of("code"), refusedFields(with("talent.", "名", "名", null, null)));
        assertEquals(List.of("code"), refusedFields(with("talent.a b", "名", "名", null, null)));
        assertEquals(List.of("min"), refusedFields(with("talent.z", "名", "名", "10", "1")));
        assertEquals(List.of("category", "code", "nameZh", "nameEn", "unit", "aggregation", "valueType"),
                refusedFields(new IndicatorDefinition(null, " ", null, null, null, null, null, null, null)),
                "every missing field is named at once");
        assertEquals(List.of("nameZh", "nameEn"), refusedFields(new IndicatorDefinition("talent.z", "行\n二",
                "x".repeat(301), "名", ValueType.COUNT, Aggregation.SUM, Category.TALENT, null, null)));
    }

    @Test
    void bounds_narrow_the_value_type_and_are_stored_as_numbers_of_four_decimals() {
        assertEquals(List.of("min"), refusedFields(with("talent.z", "名", "名", "-1", null)));
        assertEquals(List.of("max"), refusedFields(with("talent.z", "名", "名", null, "10.5")));
        assertEquals(List.of("max"), refusedFields(new IndicatorDefinition("cadre.share", "比例", "share", "%",
                ValueType.PERCENT, Aggregation.NONE, Category.CADRE, null, new BigDecimal("150"))));
        assertEquals(List.of("max"), refusedFields(new IndicatorDefinition("cadre.share", "比例", "share", "%",
                ValueType.PERCENT, Aggregation.NONE, Category.CADRE, null, new BigDecimal("99.12345"))));
        Indicator narrowed = new Indicator(with("talent.z", "名", "名", "10", "500"), ADDED);
        assertTrue(narrowed.problemWith(new BigDecimal("9")).isPresent());
        assertEquals(Optional.empty(), narrowed.problemWith(new BigDecimal("500")));
    }

    @Test
    void a_change_says_what_changed_and_applies_it() {
        Indicator graduates = new Indicator(GRADUATES, ADDED);
        List<Indicator.Change> changes = graduates.change(new IndicatorDefinition("talent.returning_graduates",
                "返乡创业大学生人数", "University graduates starting businesses at home", "名", ValueType.COUNT,
                Aggregation.NONE, Category.TALENT, null, new BigDecimal("5000")), IndicatorUsage.none(), LATER);
        assertEquals(List.of("nameEn Graduates returning to start businesses → University graduates starting"
                        + " businesses at home", "aggregation sum → none", "max 100000000 → 5000"),
                changes.stream().map(Indicator.Change::toString).toList());
        assertEquals(Aggregation.NONE, graduates.aggregation());
        assertEquals(0, graduates.maxValue().compareTo(new BigDecimal("5000")));
        assertEquals(LATER, graduates.changedAt());
        assertTrue(graduates.problemWith(new BigDecimal("5001")).isPresent());
    }

    @Test
    void the_same_definition_changes_nothing_and_leaves_the_time_of_the_last_change() {
        Indicator graduates = new Indicator(GRADUATES, ADDED);
        assertEquals(List.of(), graduates.change(GRADUATES, IndicatorUsage.none(), LATER));
        assertEquals(ADDED, graduates.changedAt());
    }

    @Test
    void bounds_left_out_fall_back_to_the_value_type() {
        Indicator narrowed = new Indicator(with("talent.z", "名", "名", "10", "500"), ADDED);
        assertEquals(List.of("min 10 → 0", "max 500 → 100000000"), narrowed.change(with("talent.z", "名", "名",
                null, null), IndicatorUsage.none(), LATER).stream().map(Indicator.Change::toString).toList());
    }

    @Test
    void code_category_unit_and_value_type_never_change() {
        Indicator graduates = new Indicator(GRADUATES, ADDED);
        assertEquals(List.of("code"), refusedChange(graduates, with("talent.graduates", "名", "名", null, null)));
        assertEquals(List.of("code"), refusedChange(graduates, with(null, "名", "名", null, null)));
        assertEquals(List.of("code", "category"), refusedChange(graduates, new IndicatorDefinition(
                "cadre.returning_graduates", "x", "x", "名", ValueType.COUNT, Aggregation.SUM, Category.CADRE, null,
                null)));
        assertEquals(List.of("unit"), refusedChange(graduates, with("talent.returning_graduates", "名", "个", null,
                null)));
        assertEquals(List.of("valueType"), refusedChange(graduates, new IndicatorDefinition(
                "talent.returning_graduates", "x", "x", "名", ValueType.PERCENT, Aggregation.SUM, Category.TALENT,
                null, null)));
        assertEquals(List.of("max"), refusedChange(graduates, with("talent.returning_graduates", "名", "名", null,
                "-5")));
        assertEquals(ADDED, graduates.changedAt(), "a refused change changes nothing");
        assertEquals(0, graduates.maxValue().compareTo(new BigDecimal("100000000")));
    }

    @Test
    void an_entry_an_edition_froze_keeps_its_names_and_aggregation_but_its_bounds_change() {
        Indicator graduates = new Indicator(GRADUATES, ADDED);
        ApiException renamed = assertThrows(ApiException.class, () -> graduates.change(new IndicatorDefinition(
                "talent.returning_graduates", "新名", GRADUATES.nameEn(), "名", ValueType.COUNT, Aggregation.SUM,
                Category.TALENT, null, null), IN_EDITION, LATER));
        assertEquals(ProblemType.CONFLICT, renamed.type());
        assertTrue(renamed.getMessage().contains("edition 2021-1") && renamed.getMessage().contains("nameZh"),
                renamed.getMessage());
        assertEquals("返乡创业大学生人数", graduates.nameZh());
        assertEquals(List.of("max 100000000 → 5000"), graduates.change(new IndicatorDefinition(
                "talent.returning_graduates", GRADUATES.nameZh(), GRADUATES.nameEn(), "名", ValueType.COUNT,
                Aggregation.SUM, Category.TALENT, null, new BigDecimal("5000")), IN_EDITION, LATER).stream()
                .map(Indicator.Change::toString).toList());
    }

    @Test
    void only_an_entry_nothing_refers_to_is_removed() {
        Indicator graduates = new Indicator(GRADUATES, ADDED);
        graduates.requireRemovable(IndicatorUsage.none());
        ApiException used = assertThrows(ApiException.class, () -> graduates.requireRemovable(IN_EDITION));
        assertEquals(ProblemType.CONFLICT, used.type());
        assertEquals("talent.returning_graduates cannot be removed: 8 approved values, edition 2021-1,"
                + " 1 figure of a review refer to it", used.getMessage());
        assertEquals("submissions 1, 2, 3, 4, 5, 6, 7, 8, 9, 10 and 2 more", new IndicatorUsage(0, List.of(),
                List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L, 12L), 0).describe());
    }

    @Test
    void a_change_must_be_based_on_the_current_version() {
        count.requireVersion(0);
        assertEquals(ProblemType.PRECONDITION_FAILED,
                assertThrows(ApiException.class, () -> count.requireVersion(1)).type());
    }

    private static IndicatorDefinition with(String code, String nameZh, String unit, String min, String max) {
        return with(code, nameZh, unit, min, max, Category.TALENT);
    }

    private static IndicatorDefinition with(String code, String nameZh, String unit, String min, String max,
                                            Category category) {
        return new IndicatorDefinition(code, nameZh, "name", unit, ValueType.COUNT, Aggregation.SUM, category,
                min == null ? null : new BigDecimal(min), max == null ? null : new BigDecimal(max));
    }

    private static List<String> refusedFields(IndicatorDefinition definition) {
        ApiException refused = assertThrows(ApiException.class, () -> new Indicator(definition, ADDED));
        assertEquals(ProblemType.INVALID_BODY, refused.type());
        return refused.violations().stream().map(Violation::field).toList();
    }

    private static List<String> refusedChange(Indicator indicator, IndicatorDefinition proposed) {
        ApiException refused = assertThrows(ApiException.class,
                () -> indicator.change(proposed, IndicatorUsage.none(), LATER));
        assertEquals(ProblemType.INVALID_BODY, refused.type());
        return refused.violations().stream().map(Violation::field).toList();
    }
}
