package io.zongshu.review;

import io.zongshu.common.ApiException;
import io.zongshu.common.Problem.Violation;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What an author writes: title, subtitle and sections, each block's text as its source with figure
 * markers (see {@link FigureRef}). The body of a draft save, and what each version keeps.
 */
public record DraftContent(String title, String subtitle, List<Section> sections) {
    static final int MAX_LINE = 200;
    static final int MAX_SOURCE = 4000;
    static final int MAX_SECTIONS = 50;
    static final int MAX_BLOCKS = 200;
    private static final Pattern SECTION_KEY = Pattern.compile("[a-z][a-z0-9_]{0,31}");
    /** The sections a review has when it is started from nothing. */
    static final List<String> STANDARD_SECTIONS = List.of("opening", "theory", "cadre", "grassroots", "talent", "closing");

    public record Section(String key, String heading, String theme, List<Block> blocks) {
    }

    public record Block(BlockKind kind, String source) {
        Markup markup() {
            return Markup.parse(source);
        }
    }

    /** An empty review of {@code year}: a title to rewrite and the standard sections without blocks. */
    static DraftContent empty(int year) {
        return new DraftContent(year + "年组织工作综述", null, STANDARD_SECTIONS.stream()
                .map(key -> new Section(key, null, null, List.of())).toList());
    }

    /**
     * This review as the start of the one {@code years} later: the same sections and blocks, the text kept
     * for the author to rewrite, every figure re-pointed to the new year (a figure naming a year moves by
     * {@code years} too); the year in the title and subtitle is the new one.
     */
    DraftContent template(int fromYear, int years) {
        String to = String.valueOf(fromYear + years);
        return new DraftContent(title.replace(String.valueOf(fromYear), to),
                subtitle == null ? null : subtitle.replace(String.valueOf(fromYear), to),
                sections.stream().map(s -> new Section(s.key(), s.heading(), s.theme(), s.blocks().stream()
                        .map(b -> new Block(b.kind(), moved(b.source(), years))).toList())).toList());
    }

    private static String moved(String source, int years) {
        Markup markup = Markup.parse(source);
        if (!markup.problems().isEmpty()) {
            return source; // kept as it is: the author sees its problems in the new draft
        }
        StringBuilder out = new StringBuilder();
        for (Markup.Part part : markup.parts()) {
            out.append(part instanceof Markup.Text t ? t.text() : ((Markup.Marker) part).figure().movedBy(years).markup());
        }
        return out.toString();
    }

    /** Refuses a content that is not a review's shape, naming every field at fault (the markup is checked apart). */
    void requireWellFormed() {
        List<Violation> violations = new ArrayList<>();
        line(violations, "title", title, true);
        line(violations, "subtitle", subtitle, false);
        if (sections == null || sections.isEmpty()) {
            violations.add(new Violation("sections", "needs at least one section"));
        } else if (sections.size() > MAX_SECTIONS) {
            violations.add(new Violation("sections", "has more than " + MAX_SECTIONS + " sections"));
        } else {
            Set<String> keys = new HashSet<>();
            for (int i = 0; i < sections.size(); i++) {
                section(violations, "sections[" + i + "]", sections.get(i), keys);
            }
        }
        if (!violations.isEmpty()) {
            throw ApiException.invalidBody(violations);
        }
    }

    private static void section(List<Violation> violations, String at, Section s, Set<String> keys) {
        if (s == null) {
            violations.add(new Violation(at, "is null"));
            return;
        }
        if (s.key() == null || !SECTION_KEY.matcher(s.key()).matches()) {
            violations.add(new Violation(at + ".key", "must be lower-case letters, digits or _ (at most 32), starting with a letter"));
        } else if (!keys.add(s.key())) {
            violations.add(new Violation(at + ".key", "appears twice: " + s.key()));
        }
        line(violations, at + ".heading", s.heading(), false);
        line(violations, at + ".theme", s.theme(), false);
        if (s.blocks() == null) {
            violations.add(new Violation(at + ".blocks", "is required (an empty list for none)"));
            return;
        }
        if (s.blocks().size() > MAX_BLOCKS) {
            violations.add(new Violation(at + ".blocks", "has more than " + MAX_BLOCKS + " blocks"));
            return;
        }
        for (int j = 0; j < s.blocks().size(); j++) {
            Block b = s.blocks().get(j);
            String where = at + ".blocks[" + j + "]";
            if (b == null) {
                violations.add(new Violation(where, "is null"));
            } else if (b.kind() == null) {
                violations.add(new Violation(where + ".kind", "is required: lead, topic, paragraph or closing"));
            } else if (b.source() == null || b.source().isBlank()) {
                violations.add(new Violation(where + ".source", "is required; remove the block instead of emptying it"));
            } else if (b.source().length() > MAX_SOURCE) {
                violations.add(new Violation(where + ".source", "is longer than " + MAX_SOURCE + " characters; split the block"));
            }
        }
    }

    private static void line(List<Violation> violations, String field, String value, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "is required"));
            }
        } else if (value.length() > MAX_LINE) {
            violations.add(new Violation(field, "is longer than " + MAX_LINE + " characters"));
        } else if (value.contains("\n")) {
            violations.add(new Violation(field, "is one line"));
        }
    }
}
