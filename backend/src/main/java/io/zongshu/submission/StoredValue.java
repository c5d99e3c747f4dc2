package io.zongshu.submission;

import io.zongshu.datavalue.Figure;
import io.zongshu.datavalue.Qualifier;
import java.math.BigDecimal;
import java.util.Objects;

/** A value as it stands in a submission, with the clerk's comment and the reviewer's, if any. */
public record StoredValue(String indicator, Figure figure, String comment, String reviewComment) {
    public StoredValue {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(figure, "figure");
    }

    /** Whether writing {@code other} over this would change what the clerk sent. */
    boolean sameAs(StoredValue other) {
        return figure.sameAs(other.figure) && Objects.equals(comment, other.comment);
    }

    StoredValue withReviewComment(String comment) {
        return new StoredValue(indicator, figure, this.comment, comment);
    }

    public BigDecimal value() {
        return figure.value();
    }

    public Qualifier qualifier() {
        return figure.qualifier();
    }
}
