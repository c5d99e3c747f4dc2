package io.zongshu.review;

import io.zongshu.common.ApiException;
import io.zongshu.common.ProblemType;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The draft's ETag is its version number, "3"; an If-Match naming it says which version a change is based on. */
final class DraftTag {
    /** One strong entity tag holding a version number. */
    private static final Pattern VERSION_TAG = Pattern.compile("\\s*\"([0-9]{1,9})\"\\s*");

    private DraftTag() {
    }

    /** The version an If-Match names; anything but one strong tag of the draft can never match (412). */
    static int version(String ifMatch, String nothingDone) {
        Matcher m = VERSION_TAG.matcher(ifMatch);
        if (!m.matches()) {
            throw new ApiException(ProblemType.PRECONDITION_FAILED, "If-Match " + ifMatch.strip()
                    + " is not the draft's ETag; " + nothingDone, List.of());
        }
        return Integer.parseInt(m.group(1));
    }
}
