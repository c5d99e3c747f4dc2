package io.zongshu.review;

import io.zongshu.datavalue.Qualifier;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The review as the API shows it. */
public final class ReviewViews {
    private ReviewViews() {
    }

    public record ReviewSummary(int year, String title, String subtitle, ReviewState state, String orgUnit,
                                String period) {
        static ReviewSummary of(Review r) {
            return new ReviewSummary(r.year(), r.title(), r.subtitle(), r.state(), r.orgUnitCode(), r.periodCode());
        }
    }

    public record ReviewDocument(int year, String title, String subtitle, ReviewState state, String orgUnit,
                                 String period, List<SectionView> sections) {

        /** Whether every figure has its value. */
        public boolean complete() {
            return sections.stream().flatMap(s -> s.blocks().stream()).flatMap(b -> b.runs().stream())
                    .noneMatch(r -> r instanceof FigureRun f && f.value() == null);
        }

        /** One line per block: title, subtitle, then each section's lines (see {@link SectionView#lines()}). */
        public String plainText() {
            List<String> lines = new ArrayList<>();
            lines.add(title);
            if (subtitle != null) {
                lines.add(subtitle);
            }
            sections.forEach(section -> lines.addAll(section.lines()));
            return asText(lines);
        }
    }

    public record SectionView(String key, String heading, String theme, List<BlockView> blocks) {

        /** Its heading and theme line (when it has them), then one line per block. */
        List<String> lines() {
            List<String> lines = new ArrayList<>();
            if (heading != null) {
                lines.add(heading);
            }
            if (theme != null) {
                lines.add(theme);
            }
            blocks.forEach(block -> lines.add(block.text()));
            return lines;
        }

        /** The section alone as plain text, in the lines it has in the whole review's text. */
        public String plainText() {
            return asText(lines());
        }
    }

    /** Lines as plain text, each ending in a newline. */
    private static String asText(List<String> lines) {
        return String.join("\n", lines) + "\n";
    }

    public record BlockView(BlockKind kind, String text, List<RunView> runs) {
    }

    /** A piece of a block, {@code type} text or figure: its {@code text} is what the reader sees. */
    public sealed interface RunView permits TextRun, FigureRun {
        String type();

        String text();
    }

    public record TextRun(String type, String text) implements RunView {
        TextRun(String text) {
            this("text", text);
        }
    }

    /** A figure rendered from its data value; value and qualifier are null when the value is missing. */
    public record FigureRun(String type, String text, String indicator, String orgUnit, String period,
                            BigDecimal value, String unit, Qualifier qualifier, DisplayFormat format)
            implements RunView {
        FigureRun(String text, String indicator, String orgUnit, String period, BigDecimal value, String unit,
                  Qualifier qualifier, DisplayFormat format) {
            this("figure", text, indicator, orgUnit, period, value, unit, qualifier, format);
        }
    }
}
