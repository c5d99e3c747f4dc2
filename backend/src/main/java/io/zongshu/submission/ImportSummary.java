package io.zongshu.submission;

import java.util.List;

/**
 * The receipt of a bulk import: how many values were added to the drafts (imported), changed in them
 * (updated) or identical to what they already held (ignored), and the submissions they went into.
 */
public record ImportSummary(ImportStatus status, int imported, int updated, int ignored,
                            List<Target> submissions) {

    static ImportSummary of(ImportStatus status, ImportCounts counts, List<Target> submissions) {
        return new ImportSummary(status, counts.added(), counts.changed(), counts.unchanged(), submissions);
    }

    /** A submission the set was written into; id is null in a dry run for one that would be opened. */
    public record Target(Long id, String orgUnit, String period, SubmissionState state, int values) {
    }
}
