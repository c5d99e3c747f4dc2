package io.zongshu.review;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import io.zongshu.review.ReviewViews.BlockView;
import io.zongshu.review.ReviewViews.FigureRun;
import io.zongshu.review.ReviewViews.ReviewDocument;
import io.zongshu.review.ReviewViews.ValueChange;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What changed between two editions: blocks added, removed and changed (the changed characters marked
 * as segments), figures whose text changed, and values whose number changed.
 */
public record EditionComparison(String from, String to, List<BlockRef> added, List<BlockRef> removed,
                                List<BlockChange> changed, List<FigureChange> figures, List<ValueChange> values) {

    /** A block by section key and position, with its text. */
    public record BlockRef(String section, int block, String text) {
    }

    /** A block that reads differently: where it was and is, and its text in segments kept, deleted or inserted. */
    public record BlockChange(String section, int fromBlock, int toBlock, List<Segment> segments) {
    }

    /** A piece of a changed block: {@code op} is equal, delete or insert. */
    public record Segment(String op, String text) {
    }

    /** A figure (by its marker, in a section) that reads differently. */
    public record FigureChange(String section, String markup, String from, String to) {
    }

    static EditionComparison of(String fromCode, ReviewDocument a, String toCode, ReviewDocument b,
                                List<ValueChange> values) {
        List<BlockRef> before = blocks(a);
        List<BlockRef> after = blocks(b);
        List<BlockRef> added = new ArrayList<>();
        List<BlockRef> removed = new ArrayList<>();
        List<BlockChange> changed = new ArrayList<>();
        var patch = DiffUtils.diff(before, after, (x, y) -> x.section().equals(y.section()) && x.text().equals(y.text()));
        for (AbstractDelta<BlockRef> delta : patch.getDeltas()) {
            List<BlockRef> old = delta.getSource().getLines();
            List<BlockRef> now = delta.getTarget().getLines();
            int paired = 0;
            for (; paired < Math.min(old.size(), now.size()); paired++) {
                BlockRef x = old.get(paired);
                BlockRef y = now.get(paired);
                if (!x.section().equals(y.section())) {
                    break;
                }
                changed.add(new BlockChange(x.section(), x.block(), y.block(), segments(x.text(), y.text())));
            }
            removed.addAll(old.subList(paired, old.size()));
            added.addAll(now.subList(paired, now.size()));
        }
        return new EditionComparison(fromCode, toCode, added, removed, changed, figures(a, b), values);
    }

    private static List<BlockRef> blocks(ReviewDocument d) {
        List<BlockRef> all = new ArrayList<>();
        d.sections().forEach(s -> {
            for (int i = 0; i < s.blocks().size(); i++) {
                all.add(new BlockRef(s.key(), i, s.blocks().get(i).text()));
            }
        });
        return all;
    }

    /** The two texts as kept, deleted and inserted runs of characters. */
    static List<Segment> segments(String from, String to) {
        List<String> a = characters(from);
        List<String> b = characters(to);
        List<Segment> segments = new ArrayList<>();
        int at = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int start = delta.getSource().getPosition();
            add(segments, "equal", String.join("", a.subList(at, start)));
            add(segments, "delete", String.join("", delta.getSource().getLines()));
            add(segments, "insert", String.join("", delta.getTarget().getLines()));
            at = start + delta.getSource().size();
        }
        add(segments, "equal", String.join("", a.subList(at, a.size())));
        return segments;
    }

    private static List<String> characters(String text) {
        return text.codePoints().mapToObj(Character::toString).toList();
    }

    private static void add(List<Segment> segments, String op, String text) {
        if (!text.isEmpty()) {
            segments.add(new Segment(op, text));
        }
    }

    /** Figures present in both editions (same section, same marker) whose rendered text differs. */
    private static List<FigureChange> figures(ReviewDocument a, ReviewDocument b) {
        Map<String, String> before = figureTexts(a);
        List<FigureChange> changes = new ArrayList<>();
        figureTexts(b).forEach((key, text) -> {
            String old = before.get(key);
            if (old != null && !Objects.equals(old, text)) {
                int bar = key.indexOf('|');
                changes.add(new FigureChange(key.substring(0, bar), key.substring(bar + 1), old, text));
            }
        });
        return changes;
    }

    private static Map<String, String> figureTexts(ReviewDocument d) {
        Map<String, String> texts = new LinkedHashMap<>();
        d.sections().forEach(s -> s.blocks().stream().map(BlockView::runs).flatMap(List::stream)
                .filter(FigureRun.class::isInstance).map(FigureRun.class::cast)
                .forEach(f -> texts.putIfAbsent(s.key() + "|" + f.markup(), f.text())));
        return texts;
    }
}
