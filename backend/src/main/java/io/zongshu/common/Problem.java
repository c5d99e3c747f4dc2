package io.zongshu.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details: the one error shape of the API. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /**
     * One thing wrong with the request: the parameter or field at fault (a path such as
     * {@code dataValues[3].value} inside a body), the index of the list entry when there is one, and why.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Violation(String field, Integer index, String message, Place place) {
        public Violation(String field, String message) {
            this(field, null, message, null);
        }

        public Violation(String field, Integer index, String message) {
            this(field, index, message, null);
        }
    }

    /**
     * Where in a review's text: the section (by key), the block (its index in the section), the character
     * offset in the block's source, and the token found there.
     */
    public record Place(String section, int block, int offset, String token) {
    }
}
