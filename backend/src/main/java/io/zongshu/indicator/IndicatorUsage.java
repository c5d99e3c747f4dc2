package io.zongshu.indicator;

import java.util.ArrayList;
import java.util.List;

/**
 * What refers to an indicator: approved values, the published editions that froze values of it,
 * submissions holding a value of it, and figures of reviews. Editions are named year-number (2021-1).
 */
public record IndicatorUsage(long approvedValues, List<String> editions, List<Long> submissions,
                             long reviewFigures) {
    /** Submissions named in a message at most; the rest are counted. */
    private static final int NAMED = 10;

    public IndicatorUsage {
        editions = List.copyOf(editions);
        submissions = List.copyOf(submissions);
    }

    public static IndicatorUsage none() {
        return new IndicatorUsage(0, List.of(), List.of(), 0);
    }

    public boolean isNone() {
        return approvedValues == 0 && editions.isEmpty() && submissions.isEmpty() && reviewFigures == 0;
    }

    public boolean inEdition() {
        return !editions.isEmpty();
    }

    /** "edition 2021-1", "editions 2021-1, 2021-2" */
    public String editionNames() {
        return (editions.size() == 1 ? "edition " : "editions ") + String.join(", ", editions);
    }

    /** "3 approved values, edition 2021-1, submissions 51, 52" */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (approvedValues > 0) {
            parts.add(approvedValues + (approvedValues == 1 ? " approved value" : " approved values"));
        }
        if (!editions.isEmpty()) {
            parts.add(editionNames());
        }
        if (!submissions.isEmpty()) {
            List<String> named = submissions.stream().limit(NAMED).map(String::valueOf).toList();
            parts.add((submissions.size() == 1 ? "submission " : "submissions ") + String.join(", ", named)
                    + (submissions.size() > NAMED ? " and " + (submissions.size() - NAMED) + " more" : ""));
        }
        if (reviewFigures > 0) {
            parts.add(reviewFigures + (reviewFigures == 1 ? " figure of a review" : " figures of reviews"));
        }
        return parts.isEmpty() ? "nothing" : String.join(", ", parts);
    }
}
