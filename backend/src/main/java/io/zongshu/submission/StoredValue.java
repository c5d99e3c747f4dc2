package io.zongshu.submission;

import io.zongshu.datavalue.Qualifier;
import java.math.BigDecimal;
import java.util.Objects;

/** A value as it stands in a submission, with the clerk's comment and the reviewer's, if any. */
public record StoredValue(String indicator, BigDecimal value, Qualifier qualifier, String comment,
                          String reviewComment) {

    /** Whether writing {@code other} over this would change what the clerk sent. */
    boolean sameAs(StoredValue other) {
        return value.compareTo(other.value) == 0 && qualifier == other.qualifier
                && Objects.equals(comment, other.comment);
    }
}
