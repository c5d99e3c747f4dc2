package io.zongshu.review;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import io.zongshu.common.Problem.Violation;
import io.zongshu.datavalue.Qualifier;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** The review as the API shows it. */
public final class ReviewViews {
    private ReviewViews() {
    }

    /** A review in the list: its latest edition (null before the first), and whether a correction is under way. */
    public record ReviewSummary(int year, String title, String subtitle, ReviewState state, String orgUnit,
                                String period, String latestEdition, OffsetDateTime publishedAt) {
    }

    /**
     * A rendered review: an edition as readers get it (frozen), or the draft's rendering. {@code edition} is
     * the edition's code ("2022-2"); {@code correction} is set when the edition is a correction.
     */
    public record ReviewDocument(int year, String edition, String title, String subtitle, ReviewState state,
                                 String orgUnit, String period, OffsetDateTime publishedAt, CorrectionNote correction,
                                 List<SectionView> sections) {

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

    /** Why an edition corrects the one before, and the values it changed. */
    public record CorrectionNote(String reason, List<ValueChange> changes) {
    }

    /** A value that differs between two editions, or between an edition and the values approved now. */
    public record ValueChange(String indicator, String orgUnit, String period, FigureValue from, FigureValue to) {
    }

    /** A value as a number and its qualifier; null in a {@link ValueChange} when there was none. */
    public record FigureValue(BigDecimal value, Qualifier qualifier) {
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

    /** A block: its source as written (with figure markers), its text as read, and its runs. */
    public record BlockView(BlockKind kind, String source, String text, List<RunView> runs) {
    }

    /** A piece of a block, {@code type} text or figure: its {@code text} is what the reader sees. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.EXISTING_PROPERTY, property = "type",
            visible = true)
    @JsonSubTypes({@JsonSubTypes.Type(value = TextRun.class, name = "text"),
        @JsonSubTypes.Type(value = FigureRun.class, name = "figure")})
    public sealed interface RunView permits TextRun, FigureRun {
        String type();

        String text();
    }

    public record TextRun(String type, String text) implements RunView {
        TextRun(String text) {
            this("text", text);
        }
    }

    /**
     * A figure rendered from data: {@code markup} is its marker, {@code value} the number shown (computed
     * for growth, change and sum; null while missing), {@code status} how far its values are, and
     * {@code reconciliation} how a sum compares with the unit's own value.
     */
    public record FigureRun(String type, String text, String markup, Computation computation, String indicator,
                            String orgUnit, String period, String basePeriod, BigDecimal value, String unit,
                            Qualifier qualifier, DisplayFormat format, FigureStatus status,
                            Reconciliation reconciliation) implements RunView {
    }

    /**
     * A sum against its parts: how many children the unit has and how many of them have a value, the
     * unit's own value (null when it has none) and whether it equals the sum.
     */
    public record Reconciliation(int children, int counted, BigDecimal reported, Boolean matches) {
    }

    /** How many of the draft's figures are approved, submitted, missing. */
    public record FigureCounts(int total, int approved, int submitted, int missing) {
    }

    /**
     * The draft as its authors see it: the version it is at, its rendering with each figure's status, what
     * still blocks publishing, and which approved values now differ from the latest edition.
     */
    public record DraftView(int year, int version, String savedBy, OffsetDateTime savedAt, String orgUnit,
                            String period, String latestEdition, Review.Correction correction, String title,
                            String subtitle, List<SectionView> sections, FigureCounts figures,
                            List<Violation> blocking, List<ValueChange> changedSinceEdition) {
    }

    /** One save of the draft, in the list of versions. */
    public record VersionSummary(int number, String savedBy, OffsetDateTime savedAt) {
    }
}
