package io.zongshu.review;

import java.util.ArrayList;
import java.util.List;

/**
 * A block's source read into its parts: plain text, and figure markers ({@link FigureRef}). Everything
 * outside {{ }} is text as typed (HTML and scripts included: nothing is ever interpreted). Every
 * problem is reported, each at its character offset (counted in Unicode characters from the block's
 * start) with the token it is about.
 */
public record Markup(List<Part> parts, List<Problem> problems) {
    private static final int TOKEN_SHOWN = 40;

    /** A piece of the source: text, or a figure marker at {@code offset}. */
    public sealed interface Part permits Text, Marker {
    }

    public record Text(String text) implements Part {
    }

    public record Marker(FigureRef figure, int offset, String token) implements Part {
    }

    /** What is wrong at {@code offset}: {@code token} is the marker (or the stray braces) concerned. */
    public record Problem(int offset, String token, String message) {
    }

    public Markup {
        parts = List.copyOf(parts);
        problems = List.copyOf(problems);
    }

    public static Markup parse(String source) {
        List<Part> parts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int i = 0;
        while (i < source.length()) {
            int open = source.indexOf("{{", i);
            int strayClose = source.indexOf("}}", i);
            if (strayClose >= 0 && (open < 0 || strayClose < open)) {
                problems.add(new Problem(offset(source, strayClose), "}}", "}} closes no figure marker; write {{ before it"));
                text.append(source, i, strayClose + 2);
                i = strayClose + 2;
                continue;
            }
            if (open < 0) {
                text.append(source, i, source.length());
                break;
            }
            text.append(source, i, open);
            int close = source.indexOf("}}", open + 2);
            int nested = source.indexOf("{{", open + 2);
            if (close < 0 || nested >= 0 && nested < close) {
                int end = close < 0 ? source.length() : nested;
                problems.add(new Problem(offset(source, open), shorten(source.substring(open, end)),
                        "a figure marker is opened with {{ and not closed with }}"));
                text.append(source, open, end);
                i = end;
                continue;
            }
            String token = source.substring(open, close + 2);
            try {
                FigureRef figure = FigureRef.parse(source.substring(open + 2, close));
                if (!text.isEmpty()) {
                    parts.add(new Text(text.toString()));
                    text.setLength(0);
                }
                parts.add(new Marker(figure, offset(source, open), token));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem(offset(source, open), shorten(token), e.getMessage()));
                text.append(token);
            }
            i = close + 2;
        }
        if (!text.isEmpty()) {
            parts.add(new Text(text.toString()));
        }
        return new Markup(parts, problems);
    }

    /** The figure markers, in order. */
    public List<Marker> markers() {
        return parts.stream().filter(Marker.class::isInstance).map(Marker.class::cast).toList();
    }

    /** The source written back from the parts (markers in their one canonical form). */
    public String source() {
        StringBuilder out = new StringBuilder();
        for (Part part : parts) {
            out.append(part instanceof Text t ? t.text() : ((Marker) part).figure().markup());
        }
        return out.toString();
    }

    private static int offset(String source, int index) {
        return source.codePointCount(0, index);
    }

    private static String shorten(String token) {
        return token.codePointCount(0, token.length()) <= TOKEN_SHOWN ? token
                : token.substring(0, token.offsetByCodePoints(0, TOKEN_SHOWN)) + "…";
    }
}
