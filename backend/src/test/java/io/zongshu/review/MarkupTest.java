package io.zongshu.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The figure markup: one syntax for the dataset file, the API and the editor. */
class MarkupTest {

    @Test
    void a_marker_names_an_indicator_and_optionally_a_unit_a_period_a_computation_and_a_format() {
        assertEquals(FigureRef.value("talent.recruited", null, null, DisplayFormat.NUMBER), FigureRef.parse("talent.recruited"));
        assertEquals(FigureRef.value("talent.recruited", "511921", "2021", DisplayFormat.WAN),
                FigureRef.parse("talent.recruited@511921:2021|wan"));
        assertEquals(new FigureRef(Computation.GROWTH, "talent.recruited", "BZ-EDZ", null, "2021", DisplayFormat.NUMBER),
                FigureRef.parse("growth(talent.recruited@BZ-EDZ, 2021)"));
        assertEquals(new FigureRef(Computation.CHANGE, "grassroots.rate", null, "2022", "2020", DisplayFormat.NUMBER),
                FigureRef.parse("change(grassroots.rate:2022,2020)"));
        assertEquals(new FigureRef(Computation.SUM, "talent.recruited", null, null, null, DisplayFormat.WAN),
                FigureRef.parse("sum(talent.recruited)|wan"));
    }

    @Test
    void every_marker_is_written_back_the_way_it_is_read() {
        for (String marker : List.of("{{a.b}}", "{{a.b|wan}}", "{{a.b@511921}}", "{{a.b:2021}}", "{{a.b@BZ-CTZ:2021|wan}}",
                "{{growth(a.b, 2021)}}", "{{change(a.b@511902:2022, 2021)|wan}}", "{{sum(a.b)}}", "{{sum(a.b:2020)|wan}}")) {
            Markup markup = Markup.parse("前" + marker + "后");
            assertEquals(List.of(), markup.problems(), marker);
            assertEquals("前" + marker + "后", markup.source(), marker);
        }
    }

    @Test
    void moving_a_figure_to_a_later_year_moves_the_years_it_names_and_nothing_else() {
        FigureRef f = FigureRef.parse("change(a.b@511921:2021, 2020)|wan");
        assertEquals("{{change(a.b@511921:2022, 2021)|wan}}", f.movedBy(1).markup());
        assertEquals("{{a.b}}", FigureRef.parse("a.b").movedBy(1).markup());
        assertEquals("{{a.b:2022-H1}}", FigureRef.parse("a.b:2022-H1").movedBy(1).markup(), "not a year: kept");
    }

    @Test
    void text_outside_markers_is_kept_as_typed_html_and_scripts_included() {
        String source = "<script>alert(1)</script><b>粗体</b> & {单括号} {{a.b}} \u202e";
        Markup markup = Markup.parse(source);
        assertEquals(List.of(), markup.problems());
        assertEquals(List.of(new Markup.Text("<script>alert(1)</script><b>粗体</b> & {单括号} "),
                new Markup.Marker(FigureRef.parse("a.b"), 43, "{{a.b}}"), new Markup.Text(" \u202e")), markup.parts());
    }

    @Test
    void a_problem_is_reported_at_its_character_offset_with_its_token_and_every_problem_is_reported() {
        Markup markup = Markup.parse("𠀀一二{{a.b|万}}三}}四{{五");
        assertEquals(3, markup.problems().size());
        assertEquals(new Markup.Problem(3, "{{a.b|万}}", "unknown format '万'; the formats are number and wan"),
                markup.problems().get(0));
        assertEquals(13, markup.problems().get(1).offset(), "code points, not UTF-16 units: 𠀀 is one character");
        assertEquals("}}", markup.problems().get(1).token());
        assertEquals(16, markup.problems().get(2).offset());
        assertTrue(markup.problems().get(2).message().contains("not closed"));
    }

    @Test
    void a_computation_names_what_it_needs() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FigureRef.parse("growth(a.b)")).getMessage()
                .contains("earlier period"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FigureRef.parse("sum(a.b, 2021)")).getMessage()
                .contains("no period"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FigureRef.parse("avg(a.b)")).getMessage()
                .contains("growth, change and sum"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FigureRef.parse("growth(a.b, 2021)|wan"))
                .getMessage().contains("percentage"));
    }
}
