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

        /** One line per block: title, subtitle, then each section's heading, theme line and blocks. */
        public String plainText() {
            List<String> lines = new ArrayList<>();
            lines.add(title);
            if (subtitle != null) {
                lines.add(subtitle);
            }
            for (SectionView section : sections) {
                if (section.heading() != null) {
                    lines.add(section.heading());
                }
                if (section.theme() != null) {
                    lines.add(section.theme());
                }
                section.blocks().forEach(block -> lines.add(block.text()));
            }
            return String.join("\n", lines) + "\n";
        }
    }

    public record SectionView(String key, String heading, String theme, List<BlockView> blocks) {
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
