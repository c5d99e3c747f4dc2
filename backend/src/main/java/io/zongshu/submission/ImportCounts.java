package io.zongshu.submission;

/** What writing values into a submission did: values added, changed, and left as they were. */
public record ImportCounts(int added, int changed, int unchanged) {
    public static final ImportCounts NONE = new ImportCounts(0, 0, 0);

    public ImportCounts plus(ImportCounts other) {
        return new ImportCounts(added + other.added, changed + other.changed, unchanged + other.unchanged);
    }

    public boolean changesAnything() {
        return added + changed > 0;
    }
}
