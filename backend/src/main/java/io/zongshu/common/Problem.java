package io.zongshu.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/** RFC 9457 problem details: the one error shape of the API. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, String instance,
                      List<Violation> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One thing wrong with the request: the parameter, field or index at fault, and why. */
    public record Violation(String field, String message) {
    }
}
